package org.riparian.store.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riparian.store.ForbiddenException;
import org.riparian.store.InvalidInputException;
import org.riparian.store.access.Principal;
import org.riparian.store.access.Role;
import org.riparian.store.audit.AuditEntry;
import org.riparian.store.testing.StoreTestCase;

/**
 * Stored agreements keep every revision: a revision adds one, retiring adds a retired one, and nothing is overwritten;
 * only the coordinator and an admin write, each change in the audit log; a refused write stores nothing.
 */
class AgreementsTest extends StoreTestCase {

    static final Principal ICWC = Principal.of("icwc", Role.COORDINATOR, null);
    static final Principal KGZ = Principal.of("kyrgyzhydromet", Role.PROVIDER, "KGZ");
    static final Principal READER = Principal.of("analyst", Role.READER, null);
    static final String V1 = "{\"type\":\"minimum-flow\",\"id\":\"to_uzb\",\"tolerance\":0.05}";
    static final String V2 = "{\"type\":\"minimum-flow\",\"id\":\"to_uzb\",\"tolerance\":0.1}";

    @Test
    void aRevisionAddsToTheHistoryAndTheLatestBinds() {
        StoredAgreement first = store.agreements().put(ICWC, "to_uzb", V1);
        StoredAgreement second = store.agreements().put(ICWC, "to_uzb", V2);

        assertThat(first.revision()).isEqualTo(1);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(store.agreements().history("to_uzb")).extracting(StoredAgreement::body).containsExactly(V1, V2);
        assertThat(store.agreements().latest()).singleElement().satisfies(latest -> {
            assertThat(latest.body()).isEqualTo(V2);
            assertThat(latest.sender()).isEqualTo("icwc");
            assertThat(latest.retired()).isFalse();
        });
    }

    @Test
    void retiringKeepsWhatWasAgreedAndMayBeUndoneByANewRevision() {
        store.agreements().put(ICWC, "to_uzb", V1);
        StoredAgreement retired = store.agreements().retire(ICWC, "to_uzb", V1);

        assertThat(retired.revision()).isEqualTo(2);
        assertThat(retired.retired()).isTrue();
        assertThat(store.agreements().history("to_uzb")).extracting(StoredAgreement::retired).containsExactly(false, true);
        assertThatThrownBy(() -> store.agreements().retire(ICWC, "to_uzb", V1)).isInstanceOf(InvalidInputException.class)
                .hasMessage("id: agreement 'to_uzb' is already retired");

        assertThat(store.agreements().put(ICWC, "to_uzb", V2).retired()).isFalse();
        assertThat(store.agreements().history("to_uzb")).hasSize(3);
    }

    @Test
    void everyChangeIsInTheAuditLogWithItsRevision() {
        store.agreements().put(ICWC, "to_uzb", V1);
        store.agreements().put(ICWC, "to_uzb", V2);
        store.agreements().retire(Principal.system("admin"), "to_uzb", V2);

        List<AuditEntry> entries = store.audit().latest(3);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("retire", "revise", "create");
        assertThat(entries).extracting(AuditEntry::entity).containsOnly("Agreement");
        assertThat(entries.get(0).detail()).isEqualTo("agreement to_uzb revision 3 retired");
        assertThat(entries.get(2).actor()).isEqualTo("icwc");
    }

    @Test
    void providersReadersAndAnonymousWriteNothing() {
        for (Principal who : List.of(KGZ, READER, Principal.ANONYMOUS)) {
            assertThatThrownBy(() -> store.agreements().put(who, "to_uzb", V1)).isInstanceOf(ForbiddenException.class)
                    .hasMessageContaining("only the regional commission (coordinator) or an admin");
            assertThatThrownBy(() -> store.agreements().retire(who, "to_uzb", V1)).isInstanceOf(ForbiddenException.class);
        }
        assertThat(store.agreements().latest()).isEmpty();
        assertThat(store.audit().latest(10)).isEmpty();
    }

    @Test
    void hostileIdsAndBodiesAreRefusedAndStoreNothing() {
        assertThatThrownBy(() -> store.agreements().put(ICWC, "x'; drop table agreement_revision; --", V1))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("id: 'x'; drop table");
        assertThatThrownBy(() -> store.agreements().put(ICWC, "a".repeat(101), V1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> store.agreements().put(ICWC, "to_uzb", " ")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("body: ");
        assertThatThrownBy(() -> store.agreements().put(ICWC, "to_uzb", "x".repeat(Agreements.MAX_BODY + 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(store.agreements().latest()).isEmpty();
    }

    @Test
    void aBodyHoldingSqlIsKeptAsTextExactly() {
        String body = "{\"id\":\"to_uzb\",\"note\":\"'); delete from audit_log; --\"}";
        store.agreements().put(ICWC, "to_uzb", body);
        assertThat(store.agreements().latest("to_uzb")).hasValueSatisfying(latest -> assertThat(latest.body()).isEqualTo(body));
        assertThat(store.audit().latest(10)).hasSize(1);
    }
}
