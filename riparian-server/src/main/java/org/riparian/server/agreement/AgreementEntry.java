package org.riparian.server.agreement;

import java.util.Optional;
import org.riparian.model.agreement.Agreement;
import org.riparian.store.agreement.StoredAgreement;

/**
 * One agreement as the API lists it, with where it comes from: the basin file, or a revision stored through the API
 * ({@code stored}, which also says when it retired the agreement); {@code supersedesFile} when a stored revision
 * stands in for an agreement of the basin file with the same id.
 */
public record AgreementEntry(Agreement agreement, Optional<StoredAgreement> stored, boolean supersedesFile) {

    public String id() {
        return agreement.id();
    }

    public boolean retired() {
        return stored.filter(StoredAgreement::retired).isPresent();
    }
}
