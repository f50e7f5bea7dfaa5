package org.riparian.model.file;

/**
 * One thing wrong with a basin file (or a series file it names). {@code path} uses the file's own keys, list indices in
 * brackets or a node's id when known ({@code nodes[toktogul].dead_storage}); it is empty for problems of the whole file.
 */
public record BasinProblem(String file, int line, String path, String message) {

    /** {@code FILE:LINE: path.to.field: message}, the form editors and CI logs link to the line. */
    @Override
    public String toString() {
        return path.isEmpty() ? file + ":" + line + ": " + message : file + ":" + line + ": " + path + ": " + message;
    }
}
