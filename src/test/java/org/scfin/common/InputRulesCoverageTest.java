package org.scfin.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.File;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Scanner;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.scfin.enterprise.ValidCreditCode;
import org.scfin.region.WellFormedRegionCode;

/**
 * The input rules hold for every operation because every input carries them, and this test is what keeps it so: a new
 * path parameter, id filter, body text field or date that does not say what it accepts fails the build.
 */
class InputRulesCoverageTest {

    /** Constraints that say exactly which characters a string may hold. */
    private static final Set<Class<? extends Annotation>> TEXT_RULES = Set.of(
            PlainText.class, WellFormedId.class, WellFormedRegionCode.class, ValidCreditCode.class, Pattern.class);

    @Test
    void everyPathParameterIsShapedInItsTemplate() throws Exception {
        List<String> unshaped = new ArrayList<>();
        for (Method method : resourceMethods()) {
            // {name} has no regex; {name: ...} has one
            new Scanner(fullPath(method))
                    .findAll("\\{([A-Za-z][A-Za-z0-9_]*)\\s*(:?)")
                    .filter(m -> m.group(2).isEmpty())
                    .forEach(m -> unshaped.add(method + " {" + m.group(1) + "}"));
        }
        assertThat(unshaped)
                .as("path parameters without a regex saying what an id or code looks like")
                .isEmpty();
    }

    @Test
    void everyIdOrCodeFilterIsShaped() throws Exception {
        List<String> unshaped = new ArrayList<>();
        for (Method method : resourceMethods()) {
            for (Parameter p : method.getParameters()) {
                QueryParam query = p.getAnnotation(QueryParam.class);
                if (query != null
                        && isIdOrCode(query.value())
                        && Arrays.stream(p.getAnnotations()).noneMatch(a -> TEXT_RULES.contains(a.annotationType()))) {
                    unshaped.add(
                            method.getDeclaringClass().getSimpleName() + "." + method.getName() + " ?" + query.value());
                }
            }
        }
        assertThat(unshaped)
                .as("id and code filters without a shape constraint")
                .isEmpty();
    }

    @Test
    void everyBodyFieldSaysWhatItAccepts() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        int bodies = 0;
        for (Method method : resourceMethods()) {
            for (Parameter p : method.getParameters()) {
                if (isBody(p) && consumesOnlyXml(method)) {
                    // an ISO 20022 message: read as text and checked against its message's schema before anything
                    // binds it (InvoiceFinancingTest), not a JSON record
                    assertThat(p.getType()).as(method + " XML body").isEqualTo(String.class);
                } else if (isBody(p) && consumesOnlyCsv(method)) {
                    // a CSV file: read as text and each row checked with the rules of its JSON record
                    // (CreditFactCsv, CreditFactImportTest)
                    assertThat(p.getType()).as(method + " CSV body").isEqualTo(String.class);
                } else if (isBody(p)) {
                    bodies++;
                    if (p.getAnnotation(Valid.class) == null) {
                        problems.add(method + ": body not @Valid");
                    }
                    checkRecord(p.getType(), seen, problems);
                }
            }
        }
        assertThat(bodies).isGreaterThan(15);
        assertThat(problems).isEmpty();
    }

    private static void checkRecord(Class<?> type, Set<Class<?>> seen, List<String> problems) {
        assertThat(type.isRecord()).as(type + " is a record").isTrue();
        if (!seen.add(type)) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            String where = type.getSimpleName() + "." + c.getName();
            Set<Class<? extends Annotation>> on = annotations(c);
            Class<?> t = c.getType();
            if (t == String.class) {
                require(on, TEXT_RULES, where, problems);
            } else if (t == LocalDate.class || t == Instant.class) {
                require(on, Set.of(DateRange.class), where, problems);
            } else if (List.class.isAssignableFrom(t)) {
                AnnotatedType element =
                        ((AnnotatedParameterizedType) c.getAnnotatedType()).getAnnotatedActualTypeArguments()[0];
                Set<Class<? extends Annotation>> onElement = new HashSet<>();
                Arrays.stream(element.getAnnotations()).forEach(a -> onElement.add(a.annotationType()));
                Class<?> elementType = (Class<?>) element.getType();
                if (elementType == String.class) {
                    require(onElement, TEXT_RULES, where + "[]", problems);
                } else if (elementType.isRecord()) {
                    require(onElement, Set.of(Valid.class), where + "[]", problems);
                    checkRecord(elementType, seen, problems);
                } else {
                    problems.add(where + ": a list of " + elementType.getSimpleName() + " this test does not know");
                }
            } else if (t.isRecord()) {
                require(on, Set.of(Valid.class), where, problems);
                checkRecord(t, seen, problems);
            } else if (!(t.isEnum() || t == Boolean.class || t == BigDecimal.class || t == Integer.class)) {
                problems.add(where + ": a " + t.getSimpleName() + " this test does not know");
            }
        }
    }

    private static void require(
            Set<Class<? extends Annotation>> on,
            Set<Class<? extends Annotation>> anyOf,
            String where,
            List<String> problems) {
        if (on.stream().noneMatch(anyOf::contains)) {
            problems.add(where + " carries none of "
                    + anyOf.stream().map(Class::getSimpleName).sorted().toList());
        }
    }

    private static Set<Class<? extends Annotation>> annotations(RecordComponent c) {
        Set<Class<? extends Annotation>> all = new HashSet<>();
        Stream.of(
                        c.getAnnotations(),
                        c.getAccessor().getAnnotations(),
                        c.getAnnotatedType().getAnnotations())
                .flatMap(Arrays::stream)
                .forEach(a -> all.add(a.annotationType()));
        try {
            Arrays.stream(c.getDeclaringRecord().getDeclaredField(c.getName()).getAnnotations())
                    .forEach(a -> all.add(a.annotationType()));
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
        return all;
    }

    private static boolean isIdOrCode(String name) {
        return name.endsWith("Id") || name.endsWith("Code") || name.equals("parent");
    }

    private static boolean consumesOnlyXml(Method method) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        return consumes != null && Arrays.stream(consumes.value()).allMatch(type -> type.endsWith("/xml"));
    }

    private static boolean consumesOnlyCsv(Method method) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        return consumes != null && Arrays.stream(consumes.value()).allMatch(type -> type.equals("text/csv"));
    }

    private static boolean isBody(Parameter p) {
        return Stream.of(
                        PathParam.class,
                        QueryParam.class,
                        HeaderParam.class,
                        Context.class,
                        BeanParam.class,
                        FormParam.class,
                        CookieParam.class,
                        MatrixParam.class)
                .noneMatch(p::isAnnotationPresent);
    }

    private static String fullPath(Method method) {
        Path onClass = method.getDeclaringClass().getAnnotation(Path.class);
        Path onMethod = method.getAnnotation(Path.class);
        return (onClass == null ? "" : onClass.value()) + (onMethod == null ? "" : onMethod.value());
    }

    private static List<Method> resourceMethods() throws IOException, URISyntaxException, ClassNotFoundException {
        // java.nio.file.Path is left to inference: Path here is the JAX-RS annotation
        var classes = Paths.get(ProblemMappers.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Method> methods = new ArrayList<>();
        List<String> names;
        try (var walk = Files.walk(classes)) {
            names = walk.filter(f -> f.toString().endsWith(".class")
                            && !f.getFileName().toString().contains("$"))
                    .map(f -> classes.relativize(f)
                            .toString()
                            .replace(File.separatorChar, '.')
                            .replaceAll("\\.class$", ""))
                    .toList();
        }
        for (String name : names) {
            Class<?> type = Class.forName(name, false, InputRulesCoverageTest.class.getClassLoader());
            if (type.isAnnotationPresent(Path.class)) {
                for (Method m : type.getDeclaredMethods()) {
                    if (Arrays.stream(m.getAnnotations())
                            .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
                        methods.add(m);
                    }
                }
            }
        }
        assertThat(methods).hasSizeGreaterThan(40);
        return methods;
    }
}
