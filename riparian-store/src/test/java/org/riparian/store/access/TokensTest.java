package org.riparian.store.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riparian.store.ForbiddenException;
import org.riparian.store.InvalidInputException;
import org.riparian.store.testing.StoreTestCase;

/** Tokens: only hashes stored, the first admin token once, providers bound to a country, revocation. */
class TokensTest extends StoreTestCase {

    @Test
    void theFirstAdminTokenIsIssuedOnceAndStoredOnlyAsAHash() {
        IssuedToken admin = store.tokens().firstAdmin().orElseThrow();

        assertThat(store.tokens().firstAdmin()).isEmpty();
        assertThat(store.tokens().authenticate(admin.secret())).hasValueSatisfying(p -> assertThat(p.is(Role.ADMIN)).isTrue());
        List<String> stored = store.jdbi().withHandle(h -> h.createQuery("select hash from api_token").mapTo(String.class).list());
        assertThat(stored).singleElement().isEqualTo(Tokens.hash(admin.secret())).isNotEqualTo(admin.secret());
    }

    @Test
    void providersHaveACountryAndOnlyAdminsIssueTokens() {
        Principal admin = store.tokens().authenticate(store.tokens().firstAdmin().orElseThrow().secret()).orElseThrow();
        IssuedToken kgz = store.tokens().issue(admin, "kyrgyzhydromet", Role.PROVIDER, "KGZ");

        Principal provider = store.tokens().authenticate(kgz.secret()).orElseThrow();
        assertThat(provider.country()).hasValue("KGZ");
        assertThatThrownBy(() -> store.tokens().issue(provider, "mine", Role.ADMIN, null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> store.tokens().issue(admin, "p", Role.PROVIDER, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("country:");
        assertThatThrownBy(() -> store.tokens().issue(admin, "p", Role.PROVIDER, "kgz")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> store.tokens().issue(admin, "r", Role.READER, "KGZ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aRevokedOrWrongTokenAuthenticatesNobody() {
        Principal admin = store.tokens().authenticate(store.tokens().firstAdmin().orElseThrow().secret()).orElseThrow();
        IssuedToken reader = store.tokens().issue(admin, "analyst", Role.READER, null);

        store.tokens().revoke(admin, reader.id());

        assertThat(store.tokens().authenticate(reader.secret())).isEmpty();
        assertThat(store.tokens().authenticate(reader.secret() + "x")).isEmpty();
        assertThat(store.tokens().authenticate("' or 1=1 --")).isEmpty();
        assertThat(store.tokens().authenticate(null)).isEmpty();
    }

    @Test
    void aTokenTrustedAfterItsLastUseIsRefusedAsSoonAsItIsRevoked() {
        Principal admin = store.tokens().authenticate(store.tokens().firstAdmin().orElseThrow().secret()).orElseThrow();
        IssuedToken reader = store.tokens().issue(admin, "analyst", Role.READER, null);
        assertThat(store.tokens().authenticate(reader.secret())).isPresent();

        store.tokens().revoke(admin, reader.id());

        assertThat(store.tokens().authenticate(reader.secret())).isEmpty();
    }
}
