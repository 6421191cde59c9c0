package org.w3id.koujing.ingest;

import java.nio.file.Path;

/** A file to read, with the identity its articles get: its path relative to the input root. */
public record InputFile(Path path, String id) {
}
