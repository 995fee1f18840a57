package dev.eigwbench.lab;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eigwbench.lab.net.LabService;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

/**
 * The URLs the functions use: always by name (the namespace's hosts file, or the loopback hosts file, picks the
 * address family), with the ports the emulators report.
 *
 * @param ports each service's port
 * @param queuePath the queue URL's path ({@code /<account>/<queue>}), joined to the SQS name
 * @param fetchPath the HTTP target's path
 */
record Endpoints(Map<LabService, Integer> ports, String queuePath, String fetchPath) {
    Endpoints {
        ports = Map.copyOf(ports);
    }

    static Endpoints from(JsonNode ready) {
        var ports = new EnumMap<LabService, Integer>(LabService.class);
        for (var service : LabService.values()) {
            var urls = ready.path("services").path(service.id());
            if (!urls.isArray() || urls.isEmpty()) {
                throw new LabException("the emulators did not report a URL for " + service.id() + ": " + ready);
            }
            ports.put(service, URI.create(urls.get(0).asText()).getPort());
        }
        var queueUrl = ready.path("queueUrl").asText();
        if (queueUrl.isEmpty()) {
            throw new LabException("the emulators did not report the queue URL: " + ready);
        }
        return new Endpoints(
                ports, URI.create(queueUrl).getPath(), ready.path("fetchPath").asText("/todos/1"));
    }

    String url(LabService service) {
        return "http://" + service.hostName() + ":" + ports.get(service);
    }

    String queueUrl() {
        return url(LabService.SQS) + queuePath;
    }

    String fetchUrl() {
        return url(LabService.HTTP) + fetchPath;
    }
}
