package fi.kuuleva.admin.survey;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SurveyRepository extends CrudRepository<StoredSurvey, Long> {

    Optional<StoredSurvey> findBySlug(String slug);

    @Query("SELECT * FROM surveys ORDER BY slug")
    List<StoredSurvey> findAllOrderBySlug();

    /** Creates the survey row when absent; the caller then locks it with {@link #lockBySlug}. */
    @Query("INSERT INTO surveys (slug, created_at) VALUES (:slug, now()) ON CONFLICT (slug) DO NOTHING")
    int insertIfAbsent(String slug);

    /** The survey row, locked until the transaction ends: publishing one survey's versions is serialized. */
    @Query("SELECT * FROM surveys WHERE slug = :slug FOR UPDATE")
    Optional<StoredSurvey> lockBySlug(String slug);
}
