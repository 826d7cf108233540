package fi.kuuleva.admin.dialling;

import fi.kuuleva.admin.optout.DoNotCallStore;
import fi.kuuleva.campaign.DoNotCallList;
import fi.kuuleva.campaign.PhoneNumber;
import jakarta.inject.Singleton;

/** The scheduling policies' {@link DoNotCallList}: the service's opt-out table. Thread-safe. */
@Singleton
class StoredDoNotCallList implements DoNotCallList {

    private final DoNotCallStore store;

    StoredDoNotCallList(DoNotCallStore store) {
        this.store = store;
    }

    @Override
    public boolean contains(PhoneNumber number) {
        return store.contains(number.e164());
    }
}
