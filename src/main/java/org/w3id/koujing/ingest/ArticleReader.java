package org.w3id.koujing.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.koujing.model.Article;

/**
 * Reads the articles of one input file: a .txt file is one article with an optional
 * {@code date YYYY-MM-DD} first line; a .jsonl file holds one article a line.
 */
public final class ArticleReader {

    private static final Pattern DATE_LINE = Pattern.compile("\\A[\\s\\uFEFF]*date[ \\t\\u3000]+(\\S+)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ArticleReader() {
    }

    public static ReadResult read(InputFile file) {
        String text;
        try {
            text = TextDecoder.decode(Files.readAllBytes(file.path())).text();
        } catch (IOException e) {
            return ReadResult.failed(new InputProblem(file.path().toString(), "cannot be read: " + e.getMessage()));
        } catch (InputException e) {
            return ReadResult.failed(new InputProblem(file.path().toString(), e.getMessage()));
        }
        return switch (InputCollector.extension(file.path())) {
            case "jsonl" -> readJsonLines(file, text);
            default -> readText(file, text);
        };
    }

    static ReadResult readText(InputFile file, String content) {
        try {
            return new ReadResult(List.of(parseText(file.id(), content)), List.of());
        } catch (InputException e) {
            return ReadResult.failed(new InputProblem(file.path().toString(), e.getMessage()));
        }
    }

    /** One article from the text of a .txt file: the optional date line, then the body. */
    public static Article parseText(String id, String content) throws InputException {
        Optional<LocalDate> date = Optional.empty();
        String body = content;
        Matcher m = DATE_LINE.matcher(content);
        if (m.find()) {
            date = Optional.of(parseDate(m.group(1)));
            body = content.substring(m.end());
        }
        if (body.isBlank()) {
            throw new InputException(date.isPresent() ? "no article text after the date line" : "empty file");
        }
        return new Article(id, date, Optional.empty(), Optional.empty(), body);
    }

    static ReadResult readJsonLines(InputFile file, String content) {
        List<Article> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String source = file.path() + ":" + (i + 1);
            try {
                articles.add(parseJson(file.id() + "#" + (i + 1), lines[i]));
            } catch (InputException e) {
                problems.add(new InputProblem(source, e.getMessage()));
            }
        }
        if (articles.isEmpty() && problems.isEmpty()) {
            problems.add(new InputProblem(file.path().toString(), "empty file"));
        }
        return new ReadResult(articles, problems);
    }

    /** One article from one line of a .jsonl file; {@code fallbackId} serves when the line has no id. */
    static Article parseJson(String fallbackId, String line) throws InputException {
        JsonObject object;
        try {
            JsonValue value = JSON.parseAny(line);
            if (!value.isObject()) {
                throw new InputException("not a JSON object");
            }
            object = value.getAsObject();
        } catch (JsonException e) {
            throw new InputException("not valid JSON (" + firstLine(e.getMessage()) + ")");
        }
        String text = string(object, "text").orElseThrow(() -> new InputException("no \"text\" field"));
        if (text.isBlank()) {
            throw new InputException("empty \"text\"");
        }
        String id = string(object, "id").filter(s -> !s.isBlank()).orElse(fallbackId);
        Optional<LocalDate> date = Optional.empty();
        Optional<String> dateText = string(object, "date");
        if (dateText.isPresent()) {
            date = Optional.of(parseDate(dateText.get()));
        }
        return new Article(id, date, string(object, "title").filter(s -> !s.isBlank()),
                string(object, "url").filter(s -> !s.isBlank()), text);
    }

    private static Optional<String> string(JsonObject object, String key) throws InputException {
        JsonValue value = object.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isString()) {
            return Optional.of(value.getAsString().value());
        }
        if (value.isNumber()) {
            return Optional.of(value.getAsNumber().value().toString());
        }
        throw new InputException("\"" + key + "\" is not a string");
    }

    static LocalDate parseDate(String text) throws InputException {
        if (!ISO_DATE.matcher(text).matches()) {
            throw new InputException("bad date \"" + text + "\" (expected YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InputException("impossible date \"" + text + "\"");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
