package fi.kuuleva.admin.survey;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** Versions are inserted and read, never updated. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SurveyVersionRepository extends GenericRepository<StoredSurveyVersion, Long> {

    StoredSurveyVersion save(StoredSurveyVersion version);

    Optional<StoredSurveyVersion> findById(long id);

    Optional<StoredSurveyVersion> findBySurveyIdAndContentHash(long surveyId, String contentHash);

    List<StoredSurveyVersion> findBySurveyIdOrderByVersionNo(long surveyId);

    @Query("SELECT COALESCE(MAX(version_no), 0) FROM survey_versions WHERE survey_id = :surveyId")
    int lastVersionNo(long surveyId);
}
