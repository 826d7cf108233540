package fi.kuuleva.admin.security;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRepository extends CrudRepository<UserAccount, String> {

    List<UserAccount> findAllOrderByUsername();

    /** A session generation no user has had before. */
    @Query("SELECT nextval('session_generations')")
    long newSessionGeneration();

    /** Ends every session of the user: their tokens' generation is no longer theirs. */
    @Query("UPDATE users SET session_generation = nextval('session_generations') WHERE username = :username")
    void endSessions(String username);
}
