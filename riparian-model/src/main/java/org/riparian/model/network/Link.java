package org.riparian.model.network;

import java.util.Optional;

/** Water carried from one node to the next; {@code lossFraction} of what enters is lost on the way. */
public record Link(String from, String to, Optional<Double> capacityM3s, double lossFraction) {

    public Link {
        Ids.require(from);
        Ids.require(to);
        if (from.equals(to)) {
            throw new IllegalArgumentException("link " + from + "->" + to + " joins a node to itself");
        }
        capacityM3s.ifPresent(c -> Ids.nonNegative("capacity", c));
        Ids.fraction("loss_fraction", lossFraction);
    }

    public static Link of(String from, String to) {
        return new Link(from, to, Optional.empty(), 0);
    }

    public String name() {
        return from + "->" + to;
    }
}
