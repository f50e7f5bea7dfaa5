package org.riparian.server.agreement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.riparian.model.agreement.Agreement;
import org.riparian.model.agreement.EnergyDelivery;
import org.riparian.model.agreement.WithdrawalLimit;
import org.riparian.model.network.Network;
import org.riparian.model.network.TopologyProblem;
import org.riparian.server.http.Json;
import org.riparian.store.ConflictException;
import org.riparian.store.InvalidInputException;
import org.riparian.store.NotFoundException;
import org.riparian.store.Store;
import org.riparian.store.access.Principal;
import org.riparian.store.agreement.StoredAgreement;
import org.riparian.store.seed.BasinSeed;

/**
 * The agreements that bind a basin: those of its basin file, with those the regional commission stored through the API
 * layered on top. A stored id supersedes the file's agreement of that id; a retired one (stored or from the file)
 * drops out; ids only stored follow the file's in id order. A written agreement is checked against the basin network
 * before anything is stored.
 */
public final class AgreementBook {

    private final Store store;
    private final String basinName;
    private final Network network;

    /** {@code network} is the basin's, its agreements those of the basin file. */
    public AgreementBook(Store store, String basinName, Network network) {
        this.store = store;
        this.basinName = basinName;
        this.network = network;
    }

    public String basinName() {
        return basinName;
    }

    /** The countries of the network's nodes. */
    public Set<String> countries() {
        return network.nodes().stream().map(node -> node.country()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The river basins of the network's nodes (syr_darya, amu_darya). */
    public Set<String> basins() {
        return network.nodes().stream().map(node -> node.place().basin()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The river basin of an agreement (syr_darya), for filters and the bulletin. */
    public String basinOf(Agreement agreement) {
        return network.basinOf(agreement);
    }

    /** Every agreement that binds now, in the order described above. */
    public List<AgreementEntry> binding() {
        Map<String, StoredAgreement> stored = new LinkedHashMap<>();
        store.agreements().latest().forEach(revision -> stored.put(revision.id(), revision));
        List<AgreementEntry> entries = new ArrayList<>();
        for (Agreement agreement : network.agreements()) {
            StoredAgreement revision = stored.remove(agreement.id());
            entries.add(revision == null ? new AgreementEntry(agreement, Optional.empty(), false) : entry(revision, true));
        }
        stored.values().forEach(revision -> entries.add(entry(revision, false)));
        return entries.stream().filter(entry -> !entry.retired()).toList();
    }

    /** The agreements that bind now, for compliance; refused when a stored one no longer fits a changed basin network. */
    public List<Agreement> agreements() {
        List<Agreement> agreements = binding().stream().map(AgreementEntry::agreement).toList();
        List<TopologyProblem> problems = Network.check(network.nodes(), network.links(), agreements);
        if (!problems.isEmpty()) {
            throw new ConflictException("the binding agreements do not fit the basin network (" + String.join("; ",
                    problems.stream().map(TopologyProblem::toString).toList()) + "); revise or retire them");
        }
        return agreements;
    }

    /** The agreement {@code id} as it stands, a retired one included. */
    public Optional<AgreementEntry> find(String id) {
        Optional<Agreement> inFile = fileAgreement(id);
        return store.agreements().latest(id).map(revision -> entry(revision, inFile.isPresent()))
                .or(() -> inFile.map(agreement -> new AgreementEntry(agreement, Optional.empty(), false)));
    }

    /** What the agreement has been: the basin file's version (if any) first, then every stored revision. */
    public List<AgreementEntry> history(String id) {
        List<AgreementEntry> history = new ArrayList<>();
        Optional<Agreement> inFile = fileAgreement(id);
        inFile.ifPresent(agreement -> history.add(new AgreementEntry(agreement, Optional.empty(), false)));
        store.agreements().history(id).forEach(revision -> history.add(entry(revision, inFile.isPresent())));
        if (history.isEmpty()) {
            throw new NotFoundException("no agreement '" + id + "' in the basin file or the store");
        }
        return history;
    }

    /**
     * Creates or revises {@code id} from the API's JSON, once it reads and fits the network; refused, nothing is stored.
     * The body is read only after the caller's right to write is checked.
     */
    public AgreementEntry put(Principal who, String id, Supplier<JsonNode> read) {
        store.agreements().requireWrite(who);
        JsonNode body = read.get();
        Agreement agreement = AgreementBody.read(id, body);
        fitsNetwork(agreement, body);
        StoredAgreement revision = store.agreements().put(who, id, AgreementJson.body(agreement, basinOf(agreement)).toString());
        if (agreement instanceof EnergyDelivery delivery) {
            new BasinSeed(store).addMeters(basinName, List.of(delivery));
        }
        return new AgreementEntry(agreement, Optional.of(revision), fileAgreement(id).isPresent());
    }

    /** Retires {@code id}: it no longer binds, and what it was stays on record. */
    public AgreementEntry retire(Principal who, String id) {
        store.agreements().requireWrite(who);
        AgreementEntry current = find(id).orElseThrow(() -> new NotFoundException("no agreement '" + id + "' in the basin file or the store"));
        if (current.retired()) {
            StoredAgreement retired = current.stored().orElseThrow();
            throw new ConflictException("agreement '" + id + "' was retired by " + retired.sender() + " at " + retired.received());
        }
        Agreement agreement = current.agreement();
        StoredAgreement revision = store.agreements().retire(who, id, AgreementJson.body(agreement, basinOf(agreement)).toString());
        return new AgreementEntry(agreement, Optional.of(revision), fileAgreement(id).isPresent());
    }

    private Optional<Agreement> fileAgreement(String id) {
        return network.agreements().stream().filter(agreement -> agreement.id().equals(id)).findFirst();
    }

    /** The nodes, countries and basin it names are the network's, checked among the agreements it joins. */
    private void fitsNetwork(Agreement agreement, JsonNode body) {
        List<Agreement> joined = new ArrayList<>(binding().stream().map(AgreementEntry::agreement)
                .filter(other -> !other.id().equals(agreement.id())).toList());
        joined.add(agreement);
        int index = joined.size() - 1;
        for (TopologyProblem problem : Network.check(network.nodes(), network.links(), joined)) {
            if (problem.part() == TopologyProblem.Part.AGREEMENT && problem.index() == index) {
                throw new InvalidInputException(jsonField(problem.field()), problem.message());
            }
        }
        boolean ownBasin = agreement instanceof WithdrawalLimit || agreement instanceof EnergyDelivery;
        String basin = basinOf(agreement);
        if (!ownBasin && body.hasNonNull("basin") && !body.get("basin").asText().equals(basin)) {
            throw new InvalidInputException("basin", "is " + body.get("basin") + ", but the node the agreement names lies in " + basin
                    + "; expected " + basin + " or no basin");
        }
    }

    private static String jsonField(String field) {
        return switch (field) {
            case "measured_at" -> "measuredAt";
            case "from" -> "fromCountry";
            case "to" -> "toCountry";
            default -> field;
        };
    }

    private AgreementEntry entry(StoredAgreement revision, boolean supersedesFile) {
        try {
            Agreement agreement = AgreementBody.read(revision.id(), Json.MAPPER.readTree(revision.body()));
            return new AgreementEntry(agreement, Optional.of(revision), supersedesFile);
        } catch (JsonProcessingException | InvalidInputException e) {
            throw new ConflictException("stored agreement '" + revision.id() + "' revision " + revision.revision()
                    + " no longer reads as an agreement (" + e.getMessage() + "); revise or retire it");
        }
    }
}
