package org.w3id.koujing.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * {@code date YYYY-MM-DD} first line; a .jsonl file holds one article a line; an .html or .htm
 * file is a news page. A file (or .jsonl line) over the size limit is refused before it is read.
 */
public final class ArticleReader {

    private static final Pattern DATE_LINE = Pattern.compile("\\A[\\s\\uFEFF]*date[ \\t\\u3000]+(\\S+)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** An article is a flat object; nothing in it nests deeper than this. */
    private static final int MAX_JSON_NESTING = 64;

    private ArticleReader() {
    }

    public static ReadResult read(InputFile file) {
        return read(file, ReadLimits.standard());
    }

    public static ReadResult read(InputFile file, ReadLimits limits) {
        String source = file.path().toString();
        String extension = InputCollector.extension(file.path());
        try {
            if (extension.equals("jsonl")) {
                try (InputStream in = Files.newInputStream(file.path())) {
                    return JsonLinesReader.read(source, file.id(), in, limits);
                }
            }
            long size = Files.size(file.path());
            if (size > limits.maxArticleBytes()) {
                return ReadResult.failed(new InputProblem(source, limits.tooLarge(size)));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file.path())) {
                // at most one byte over the limit: a file that grew meanwhile is refused all the same
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxArticleBytes() + 1));
            }
            return read(source, file.id(), extension, bytes, limits);
        } catch (IOException e) {
            return ReadResult.failed(new InputProblem(source, "cannot be read: " + describe(e)));
        }
    }

    /**
     * Reads the articles in {@code bytes} as a file with the given extension is read; {@code source}
     * names the input in problems, and {@code id} is the identity of its articles.
     */
    public static ReadResult read(String source, String id, String extension, byte[] bytes, ReadLimits limits) {
        if (extension.equals("jsonl")) {
            try {
                return JsonLinesReader.read(source, id, new ByteArrayInputStream(bytes), limits);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // an array does not fail
            }
        }
        if (bytes.length > limits.maxArticleBytes()) {
            return ReadResult.failed(new InputProblem(source, limits.tooLarge(bytes.length)));
        }
        try {
            boolean html = extension.equals("html") || extension.equals("htm");
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes, html ? HtmlReader.declaredCharset(bytes) : Optional.empty());
            Article article = html ? HtmlReader.parse(id, decoded.text()) : parseText(id, decoded.text());
            return new ReadResult(List.of(article), List.of(), Optional.of(decoded.encoding()));
        } catch (InputException e) {
            return ReadResult.failed(new InputProblem(source, e.getMessage()));
        }
    }

    /** An I/O error in a few words: the system's reason, without Java's class names. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file (was it moved or deleted meanwhile?)";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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

    /** One article from one line of a .jsonl file; {@code fallbackId} serves when the line has no id. */
    static Article parseJson(String fallbackId, String line) throws InputException {
        int depth = nesting(line);
        if (depth > MAX_JSON_NESTING) {
            // Jena's parser recurses: a line of 10,000 brackets would overflow the stack
            throw new InputException("not an article: JSON nested " + depth + " deep");
        }
        JsonObject object;
        try {
            JsonValue value = JSON.parseAny(line);
            if (!value.isObject()) {
                throw new InputException("not a JSON object");
            }
            object = value.getAsObject();
        } catch (JsonException e) {
            throw new InputException("not valid JSON (" + firstLine(e.getMessage()) + ")");
        } catch (RuntimeException e) {
            // Jena's parser fails this way on some lines that end too early; the line is at fault all the same
            throw new InputException("not valid JSON (it ends too early)");
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

    /** How deep the arrays and objects of a JSON text nest, strings left out. */
    static int nesting(String json) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                max = Math.max(max, ++depth);
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return max;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
