package fi.kuuleva.admin.report.population;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The uploaded population table; an upload replaces it whole, in one transaction. */
@Singleton
public class PopulationStore {

    private final JdbcOperations jdbc;

    public PopulationStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void replace(List<PopulationRow> rows) {
        jdbc.prepareStatement("DELETE FROM report_population", statement -> statement.executeUpdate());
        jdbc.prepareStatement("INSERT INTO report_population (municipality, age_band, population) VALUES (?, ?, ?)",
                statement -> {
                    for (PopulationRow row : rows) {
                        statement.setString(1, row.municipality());
                        statement.setString(2, row.ageBand());
                        statement.setLong(3, row.population());
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
    }

    @Transactional(readOnly = true)
    public List<PopulationRow> all() {
        return jdbc.prepareStatement("SELECT municipality, age_band, population FROM report_population"
                + " ORDER BY municipality, age_band", statement -> {
                    List<PopulationRow> rows = new ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            rows.add(new PopulationRow(row.getString(1), row.getString(2), row.getLong(3)));
                        }
                    }
                    return rows;
                });
    }
}
