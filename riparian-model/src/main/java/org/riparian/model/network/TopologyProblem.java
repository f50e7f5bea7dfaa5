package org.riparian.model.network;

/**
 * A broken topology rule, pointing at the node, link or agreement (by its position in the lists given to the network)
 * and at the field that is wrong, so a file reader can name the line.
 */
public record TopologyProblem(Part part, int index, String field, String subject, String message) {

    public enum Part { NODE, LINK, AGREEMENT }

    /** {@code link a->b: unknown node 'b', ...}: readable without the file. */
    @Override
    public String toString() {
        return subject + ": " + message;
    }
}
