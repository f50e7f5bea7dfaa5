package org.riparian.pywr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model's scenario groups and the simulations they make: one per combination of the members each group runs
 * (its {@code subset}: a slice, indices or labels; all members without one), the last group varying fastest. A
 * simulation's label joins each group's member label (its index when the group has no labels) with {@code -}.
 */
final class Scenarios {

    /** One simulation: its id in run order, its label, and the member index of each group. */
    record Simulation(int id, String label, Map<String, Integer> memberByGroup) {
        Simulation {
            memberByGroup = Map.copyOf(memberByGroup);
        }
    }

    /** A group's name and the members (index and label) it runs. */
    private record Group(String name, List<Integer> members, List<String> labels) {
    }

    private Scenarios() {
    }

    /** The simulations of a model's {@code scenarios} section; a model without one has the single simulation 0. */
    static List<Simulation> read(JsonNode scenarios) {
        List<Group> groups = new ArrayList<>();
        for (JsonNode json : scenarios.path("groups")) {
            groups.add(group(json));
        }
        List<Simulation> simulations = new ArrayList<>();
        combine(groups, 0, new LinkedHashMap<>(), new ArrayList<>(), simulations);
        return List.copyOf(simulations);
    }

    private static void combine(List<Group> groups, int g, Map<String, Integer> members, List<String> labels,
            List<Simulation> simulations) {
        if (g == groups.size()) {
            String label = labels.isEmpty() ? "0" : String.join("-", labels);
            simulations.add(new Simulation(simulations.size(), label, members));
            return;
        }
        Group group = groups.get(g);
        for (int member : group.members()) {
            members.put(group.name(), member);
            labels.add(group.labels().isEmpty() ? Integer.toString(member) : group.labels().get(member));
            combine(groups, g + 1, members, labels, simulations);
            labels.remove(labels.size() - 1);
        }
        members.remove(group.name());
    }

    private static Group group(JsonNode json) {
        String name = json.path("name").asText();
        int size = json.path("size").asInt(1);
        List<String> labels = new ArrayList<>();
        json.path("labels").forEach(label -> labels.add(label.asText()));
        if (!labels.isEmpty() && labels.size() != size) {
            throw new PywrModelException("scenario group " + name + " has " + labels.size() + " labels for size "
                    + size);
        }
        return new Group(name, members(json.path("subset"), name, size, labels), List.copyOf(labels));
    }

    private static List<Integer> members(JsonNode subset, String group, int size, List<String> labels) {
        List<Integer> members = new ArrayList<>();
        String type = subset.path("type").asText("All");
        switch (type) {
            case "All" -> range(members, 0, size);
            case "Slice" -> range(members, subset.path("start").asInt(0), subset.path("end").asInt(size));
            case "Indices" -> subset.path("indices").forEach(index -> members.add(index.asInt()));
            case "Labels" -> subset.path("labels").forEach(label -> members.add(labelIndex(labels, label.asText(),
                    group)));
            default -> throw new UnsupportedPywrFeatureException("scenario subset", "of group " + group, type);
        }
        for (int member : members) {
            if (member < 0 || member >= size) {
                throw new PywrModelException("scenario group " + group + " has no member " + member + " (size "
                        + size + ")");
            }
        }
        return members;
    }

    private static void range(List<Integer> members, int from, int to) {
        for (int i = from; i < to; i++) {
            members.add(i);
        }
    }

    private static int labelIndex(List<String> labels, String label, String group) {
        int index = labels.indexOf(label);
        if (index < 0) {
            throw new PywrModelException("scenario group " + group + " has no label " + label);
        }
        return index;
    }
}
