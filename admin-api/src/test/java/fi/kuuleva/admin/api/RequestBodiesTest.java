package fi.kuuleva.admin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.http.annotation.Body;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every request body type of the API, and every record nested in one, refuses unknown fields
 * ({@code @JsonIgnoreProperties(ignoreUnknown = false)}): the reader's global default ignores them, for the sake of
 * documents the service reads from others.
 */
class RequestBodiesTest {

    @Test
    void everyBodyRecordRefusesUnknownFields() throws Exception {
        Set<Class<?>> bodies = new LinkedHashSet<>();
        for (Class<?> type : mainClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(Body.class)) {
                        collect(parameter.getParameterizedType(), bodies);
                    }
                }
            }
        }
        assertTrue(bodies.stream().anyMatch(b -> b.getSimpleName().equals("CampaignBody")), bodies.toString());
        List<String> lenient = bodies.stream().filter(b -> {
            JsonIgnoreProperties ignore = b.getAnnotation(JsonIgnoreProperties.class);
            return ignore == null || ignore.ignoreUnknown();
        }).map(Class::getName).toList();
        assertEquals(List.of(), lenient, "request records that would drop unknown fields silently");
    }

    private static void collect(Type type, Set<Class<?>> bodies) {
        if (type instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) {
                collect(argument, bodies);
            }
        } else if (type instanceof Class<?> plain && plain.isRecord() && plain.getName().startsWith("fi.kuuleva.")
                && bodies.add(plain)) {
            for (RecordComponent component : plain.getRecordComponents()) {
                collect(component.getGenericType(), bodies);
            }
        }
    }

    private static List<Class<?>> mainClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Problem.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")
                    && !f.getFileName().toString().startsWith("$")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, RequestBodiesTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
