package org.riparian.store.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.riparian.store.ConflictException;
import org.riparian.model.network.Ids;
import org.riparian.store.ForbiddenException;
import org.riparian.store.InvalidInputException;
import org.riparian.store.access.Principal;
import org.riparian.store.access.Rights;
import org.riparian.store.audit.AuditLog;

/**
 * The agreements written through the API, revision by revision. A write adds revision n + 1 of its id in one
 * transaction with its audit entry; of two writers of one id at the same moment the unique key refuses the second,
 * which is told to read the new revision and send its own again.
 */
public final class Agreements {

    /** The longest JSON body kept; the column holds this many characters. */
    public static final int MAX_BODY = 100_000;
    private static final String ENTITY = "Agreement";
    private static final String UNIQUE_VIOLATION = "23505";

    private final Jdbi jdbi;
    private final AuditLog audit;

    public Agreements(Jdbi jdbi, AuditLog audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    /** Stores {@code body} as the next revision of {@code id}: its creation, or a revision of it (also one retired before). */
    public StoredAgreement put(Principal who, String id, String body) {
        requireWrite(who);
        requireId(id);
        if (body.isBlank() || body.length() > MAX_BODY) {
            throw new InvalidInputException("body", "expected the agreement's JSON, 1 to " + MAX_BODY + " characters");
        }
        return append(who, id, body, false);
    }

    /** Retires {@code id}: a retired revision repeating the last body, so what was agreed until now stays on record. */
    public StoredAgreement retire(Principal who, String id, String lastBody) {
        requireWrite(who);
        requireId(id);
        if (latest(id).filter(StoredAgreement::retired).isPresent()) {
            throw new InvalidInputException("id", "agreement '" + id + "' is already retired");
        }
        return append(who, id, lastBody, true);
    }

    /** The latest revision of every stored id, retired ones included, by id. */
    public List<StoredAgreement> latest() {
        return jdbi.withHandle(h -> h.createQuery("""
                select r.* from agreement_revision r
                where r.revision = (select max(l.revision) from agreement_revision l where l.agreement_id = r.agreement_id)
                order by r.agreement_id""").map(Agreements::revision).list());
    }

    public Optional<StoredAgreement> latest(String id) {
        return jdbi.withHandle(h -> h.createQuery("select * from agreement_revision where agreement_id = :id order by revision desc limit 1")
                .bind("id", id).map(Agreements::revision).findOne());
    }

    /** Every revision of {@code id}, oldest first. */
    public List<StoredAgreement> history(String id) {
        return jdbi.withHandle(h -> h.createQuery("select * from agreement_revision where agreement_id = :id order by revision")
                .bind("id", id).map(Agreements::revision).list());
    }

    private StoredAgreement append(Principal who, String id, String body, boolean retired) {
        try {
            return jdbi.inTransaction(h -> insert(h, who, id, body, retired));
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                throw new ConflictException("another revision of agreement '" + id + "' was stored at the same moment; read it and send yours again");
            }
            throw e;
        }
    }

    private StoredAgreement insert(Handle h, Principal who, String id, String body, boolean retired) {
        int revision = h.createQuery("select coalesce(max(revision), 0) + 1 from agreement_revision where agreement_id = :id")
                .bind("id", id).mapTo(Integer.class).one();
        long now = System.currentTimeMillis();
        long row = h.createUpdate("""
                insert into agreement_revision(agreement_id, revision, body, sender, received_ms, retired)
                values (:id, :revision, :body, :sender, :now, :retired)""")
                .bind("id", id).bind("revision", revision).bind("body", body).bind("sender", who.name()).bind("now", now)
                .bind("retired", retired).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit.record(h, who.name(), retired ? "retire" : revision == 1 ? "create" : "revise", ENTITY, row,
                "agreement " + id + " revision " + revision + (retired ? " retired" : ""));
        return new StoredAgreement(id, revision, body, who.name(), Instant.ofEpochMilli(now), retired);
    }

    /** Refuses unless {@code who} may write agreements: the regional commission (coordinator) or an admin. */
    public void requireWrite(Principal who) {
        if (!Rights.mayWrite(who, null, null)) {
            throw new ForbiddenException(who.name() + " may not write agreements; only the regional commission (coordinator) or an admin may");
        }
    }

    private static void requireId(String id) {
        if (!Ids.isValid(id) || id.length() > 100) {
            throw new InvalidInputException("id", "'" + id + "' is not an agreement id, expected up to 100 letters, digits, '_', '-' and '.',"
                    + " starting with a letter");
        }
    }

    private static StoredAgreement revision(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StoredAgreement(rs.getString("agreement_id"), rs.getInt("revision"), rs.getString("body"), rs.getString("sender"),
                Instant.ofEpochMilli(rs.getLong("received_ms")), rs.getBoolean("retired"));
    }
}
