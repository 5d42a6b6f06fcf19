package dev.logveil.examples.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * One {@code pom.xml} of the repository, read with the JDK's XML parser: the few facts the release tests compare
 * (coordinates, modules, properties, profiles, managed dependencies, metadata). Not a Maven model: no inheritance
 * beyond what {@link #property} is told to look up.
 */
final class Pom {
    /** Tests run in {@code examples/}; the repository root is its parent. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}");

    private final Path file;
    private final Element project;

    private Pom(Path file, Element project) {
        this.file = file;
        this.project = project;
    }

    /** The pom of a module directory, relative to the repository root ({@code ""} for the root pom). */
    static Pom of(String moduleDirectory) {
        Path file = ROOT.resolve(moduleDirectory).resolve("pom.xml");
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new Pom(file, factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    /** The text of a direct child element of {@code <project>}, or of a path of them ({@code "scm/url"}). */
    Optional<String> text(String path) {
        Element element = project;
        for (String name : path.split("/")) {
            element = child(element, name);
            if (element == null) {
                return Optional.empty();
            }
        }
        return Optional.of(element.getTextContent().strip().replaceAll("\\s+", " "));
    }

    String artifactId() {
        return text("artifactId").orElseThrow();
    }

    /** The version, declared or inherited from {@code <parent>}. */
    String version() {
        return text("version").or(() -> text("parent/version")).orElseThrow();
    }

    boolean hasParent() {
        return child(project, "parent") != null;
    }

    List<String> modules() {
        return childTexts(child(project, "modules"), "module");
    }

    /** The {@code <properties>} of the project, in order. */
    Map<String, String> properties() {
        return propertiesOf(child(project, "properties"));
    }

    /** The ids of its {@code <profiles>}, each with the properties it sets. */
    Map<String, Map<String, String>> profiles() {
        Map<String, Map<String, String>> profiles = new LinkedHashMap<>();
        for (Element profile : children(child(project, "profiles"), "profile")) {
            profiles.put(child(profile, "id").getTextContent().strip(), propertiesOf(child(profile, "properties")));
        }
        return profiles;
    }

    /** {@code groupId:artifactId:version} of every dependency in {@code <dependencyManagement>}, as written. */
    List<String> managedDependencies() {
        List<String> managed = new ArrayList<>();
        Element dependencies = child(child(project, "dependencyManagement"), "dependencies");
        for (Element dependency : children(dependencies, "dependency")) {
            managed.add(child(dependency, "groupId").getTextContent().strip() + ":"
                + child(dependency, "artifactId").getTextContent().strip() + ":"
                + child(dependency, "version").getTextContent().strip());
        }
        return managed;
    }

    /** Replaces each {@code ${name}} in {@code value} by its value in {@code properties}, repeatedly. */
    static String resolve(String value, Map<String, String> properties) {
        String resolved = value;
        for (int depth = 0; depth < 10; depth++) {
            Matcher reference = REFERENCE.matcher(resolved);
            if (!reference.find()) {
                return resolved;
            }
            String name = reference.group(1);
            String replacement = properties.get(name);
            if (replacement == null) {
                throw new IllegalArgumentException("no property " + name + " for " + value);
            }
            resolved = resolved.replace("${" + name + "}", replacement);
        }
        throw new IllegalArgumentException("properties refer to each other: " + value);
    }

    @Override
    public String toString() {
        return ROOT.relativize(file).toString();
    }

    private static Map<String, String> propertiesOf(Element properties) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element property : children(properties, null)) {
            values.put(property.getTagName(), property.getTextContent().strip());
        }
        return values;
    }

    private static List<String> childTexts(Element parent, String name) {
        List<String> texts = new ArrayList<>();
        children(parent, name).forEach(child -> texts.add(child.getTextContent().strip()));
        return texts;
    }

    private static Element child(Element parent, String name) {
        List<Element> matches = children(parent, name);
        return matches.isEmpty() ? null : matches.get(0);
    }

    /** The child elements of {@code parent} named {@code name} (any name when null); none when parent is null. */
    private static List<Element> children(Element parent, String name) {
        List<Element> elements = new ArrayList<>();
        if (parent == null) {
            return elements;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && (name == null || element.getTagName().equals(name))) {
                elements.add(element);
            }
        }
        return elements;
    }
}
