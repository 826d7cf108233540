package fi.kuuleva.admin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SsoRolesTest {

    private final SsoRoles mapper = new SsoRoles(new SsoConfig("groups",
            Map.of("hva-kuuleva-virkailijat", "OFFICER", "hva-analyytikot", "ANALYST", "it-admins", "ADMIN")));

    @Test
    void theCountysGroupsBecomeKuulevaRoles() {
        assertEquals(List.of("OFFICER", "ANALYST"),
                mapper.roles(List.of("all-staff", "hva-kuuleva-virkailijat", "hva-analyytikot")));
    }

    @Test
    void groupsThatMapToNoRoleGiveNone() {
        assertEquals(List.of(), mapper.roles(List.of("all-staff", "kitchen")));
        assertEquals(List.of(), mapper.roles(null));
    }

    @Test
    void aSingleGroupOrARoleNameAsSuchWorks() {
        assertEquals(List.of("ADMIN"), mapper.roles("it-admins"));
        assertEquals(List.of("ANALYST"), mapper.roles(List.of("analyst")));
        assertEquals(List.of("OFFICER"), mapper.roles(List.of("OFFICER", "hva-kuuleva-virkailijat")));
    }
}
