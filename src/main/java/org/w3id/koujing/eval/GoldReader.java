package org.w3id.koujing.eval;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.koujing.ingest.InputException;

/** Reads gold files ({@code <stem>.gold.json} or {@code <stem>.json}). */
public final class GoldReader {

    private GoldReader() {
    }

    /** The gold file for an article id in {@code dir}, if there is one. */
    public static Optional<Path> find(Path dir, String articleId) {
        String name = articleId.contains("/") ? articleId.substring(articleId.lastIndexOf('/') + 1) : articleId;
        String stem = name.replaceFirst("\\.(txt|jsonl)$", "");
        for (String candidate : List.of(stem + ".gold.json", stem + ".json")) {
            Path p = dir.resolve(candidate);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public static Gold read(Path file) throws InputException {
        JsonObject o;
        try {
            JsonValue v = JSON.parseAny(Files.readString(file, StandardCharsets.UTF_8));
            if (!v.isObject()) {
                throw new InputException(file + ": not a JSON object");
            }
            o = v.getAsObject();
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read: " + e.getMessage());
        } catch (JsonException e) {
            throw new InputException(file + ": not valid JSON: " + e.getMessage());
        }
        try {
            return new Gold(string(o, "doc").orElse(file.getFileName().toString()),
                    list(o, "officials", GoldReader::official),
                    list(o, "figures", GoldReader::figure),
                    list(o, "optional_figures", GoldReader::figure),
                    list(o, "policies", GoldReader::policy),
                    list(o, "optional_policies", GoldReader::policy));
        } catch (RuntimeException e) {
            throw new InputException(file + ": " + e.getMessage());
        }
    }

    private static Gold.Official official(JsonObject o) {
        return new Gold.Official(required(o, "name"), string(o, "title"), string(o, "ministry"), string(o, "ministry_short"));
    }

    private static Gold.Figure figure(JsonObject o) {
        return new Gold.Figure(string(o, "speaker"), strings(o, "speaker_alt"), string(o, "metric"),
                number(o, "value").orElseThrow(() -> new IllegalArgumentException("a figure without \"value\"")),
                required(o, "unit"), string(o, "qualifier"), number(o, "value_max"), string(o, "period"),
                string(o, "change"), string(o, "surface").orElse(""), number(o, "tolerance"),
                list(o, "alt", a -> new Gold.Reading(number(a, "value").orElseThrow(), required(a, "unit"))));
    }

    private static Gold.Policy policy(JsonObject o) {
        return new Gold.Policy(string(o, "speaker"), required(o, "label"));
    }

    private static <T> List<T> list(JsonObject o, String key, Function<JsonObject, T> item) {
        JsonValue v = o.get(key);
        List<T> items = new ArrayList<>();
        if (v == null || v.isNull()) {
            return items;
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("\"" + key + "\" is not an array");
        }
        JsonArray array = v.getAsArray();
        for (JsonValue element : array) {
            items.add(item.apply(element.getAsObject()));
        }
        return items;
    }

    private static List<String> strings(JsonObject o, String key) {
        JsonValue v = o.get(key);
        List<String> items = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.getAsArray().forEach(e -> items.add(e.getAsString().value()));
        }
        return items;
    }

    private static String required(JsonObject o, String key) {
        return string(o, key).orElseThrow(() -> new IllegalArgumentException("missing \"" + key + "\""));
    }

    private static Optional<String> string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        return Optional.of(v.isString() ? v.getAsString().value() : v.toString());
    }

    private static Optional<BigDecimal> number(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException("\"" + key + "\" is not a number");
        }
        return Optional.of(new BigDecimal(v.getAsNumber().value().toString()));
    }
}
