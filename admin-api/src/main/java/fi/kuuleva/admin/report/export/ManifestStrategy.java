package fi.kuuleva.admin.report.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/** Gathers the names of the files a split delivered into one list: the run's manifest. */
class ManifestStrategy implements AggregationStrategy {

    @Override
    public Exchange aggregate(Exchange gathered, Exchange delivered) {
        String name = delivered.getMessage().getHeader(Exchange.FILE_NAME, String.class);
        if (gathered == null) {
            List<String> names = new ArrayList<>();
            names.add(name);
            delivered.getMessage().setBody(names);
            return delivered;
        }
        @SuppressWarnings("unchecked")
        List<String> names = gathered.getMessage().getBody(List.class);
        names.add(name);
        return gathered;
    }

    @Override
    public void onCompletion(Exchange result, Exchange original) {
        if (original != null && result == null) {
            original.getMessage().setBody(new ArrayList<String>());
        }
    }
}
