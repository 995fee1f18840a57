package dev.eigwbench.lab;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eigwbench.lab.net.LabService;

/** Placeholder until EmulatorsMain's READY line is known. */
record Endpoints(String queueUrl) {
    static Endpoints from(JsonNode ready, boolean simulate) {
        return new Endpoints("");
    }

    String url(LabService service) {
        return "http://" + service.hostName() + ":" + service.port();
    }
}
