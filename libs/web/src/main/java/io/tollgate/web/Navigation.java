package io.tollgate.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.tollgate.platform.data.TsvTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The one navigation bar across the three services, read from {@code web/navigation.tsv} (label, service, path,
 * roles): each link goes to its service's configured public address and is shown only to a caller holding one of its
 * roles; links of this service are written as local paths.
 */
@ApplicationScoped
public class Navigation {

    /** A link of the bar; {@code current} marks the page being shown. */
    public record Link(String label, String href, boolean current) {
    }

    private record Entry(String label, String service, String path, List<String> roles) {
    }

    private final List<Entry> entries;
    private final WebConfig config;

    public Navigation(WebConfig config) {
        this.config = config;
        this.entries = TsvTable.resource("web/navigation.tsv", TsvTable.Layout.HEADER).records().stream()
                .map(r -> new Entry(r.get("label"), r.get("service"), r.get("path"),
                        Arrays.asList(r.get("roles").split(","))))
                .toList();
    }

    /** The links this caller may follow, the current page marked. */
    public List<Link> links(SecurityIdentity caller, String currentPath) {
        List<Link> links = new ArrayList<>();
        if (caller.isAnonymous()) {
            return links;
        }
        for (Entry e : entries) {
            if (e.roles().stream().noneMatch(caller::hasRole)) {
                continue;
            }
            boolean here = e.service().equals(config.service());
            boolean current = here && currentPath != null && (currentPath.equals(e.path())
                    || !e.path().equals("/") && currentPath.startsWith(e.path() + "/") && entries.stream()
                    .noneMatch(o -> o.service().equals(config.service()) && o.path().equals(currentPath)));
            links.add(new Link(e.label(), here ? e.path() : base(e.service()) + e.path(), current));
        }
        return links;
    }

    /** A service's public address without a trailing slash ({@code screening}, {@code trade}, {@code reporting}). */
    public String base(String service) {
        Map<String, String> urls = Map.of("screening", config.publicUrl().screening(), "trade",
                config.publicUrl().trade(), "reporting", config.publicUrl().reporting());
        String url = urls.get(service);
        if (url == null) {
            throw new IllegalArgumentException("no such service: " + service);
        }
        return url.replaceAll("/+$", "");
    }
}
