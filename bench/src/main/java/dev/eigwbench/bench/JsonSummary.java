package dev.eigwbench.bench;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** The summary as JSON (summary.json): every subject's figures and the fallback outcomes, for tools to read. */
final class JsonSummary {
    private JsonSummary() {}

    static String render(Report report) {
        var out = new LinkedHashMap<String, Object>();
        out.put("runs", report.options().runs());
        out.put("iterations", report.options().iterations());
        var jdkMap = new LinkedHashMap<String, Object>();
        report.jdks().forEach((k, v) -> jdkMap.put(k, v.toString()));
        out.put("jdks", jdkMap);
        out.put("sizesBytes", report.sizes());
        var subjects = new ArrayList<Object>();
        for (Summary s : report.summaries()) {
            subjects.add(subject(s));
        }
        out.put("subjects", subjects);
        var fb = new ArrayList<Object>();
        for (var o : report.fallback()) {
            var m = new LinkedHashMap<String, Object>();
            m.put("client", o.client());
            m.put("name", o.scenario().name());
            m.put("resolvesTo", o.scenario().description());
            m.put("calls", o.calls());
            m.put("failure", o.failure());
            fb.add(m);
        }
        out.put("fallback", fb);
        try {
            return JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(out) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> subject(Summary s) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", s.subject().id());
        m.put("jdk", s.subject().jdk());
        m.put("client", s.subject().client());
        m.put("javaToolOptions", s.subject().toolOptions());
        m.put("runtimeFlags", s.subject().runtimeFlags());
        m.put("runs", s.runs());
        m.put("primed", s.subject().primed());
        m.put("readyMs", spread(s.readyMs()));
        m.put("primedMs", spread(s.primedMs()));
        m.put("firstDoneMs", spread(s.firstDoneMs()));
        m.put("firstDoneCpuMs", spread(s.firstDoneCpuMs()));
        m.put("peakRssMb", spread(s.peakRssMb()));
        m.put("compiledDuringFirst", spread(s.compiledDuringFirst()));
        var steps = new LinkedHashMap<String, Object>();
        s.steps().forEach((step, st) -> {
            var sm = new LinkedHashMap<String, Object>();
            sm.put("firstCallMs", spread(st.firstCallMs()));
            sm.put("firstMeanMs", spread(st.firstMeanMs()));
            sm.put("warmMeanMs", spread(st.warmMeanMs()));
            sm.put("coldRatio", spread(st.coldRatio()));
            sm.put("p50Ms", spread(st.p50Ms()));
            sm.put("p99Ms", spread(st.p99Ms()));
            sm.put("errors", st.errors());
            steps.put(step, sm);
        });
        m.put("steps", steps);
        m.put("errors", s.errors());
        return m;
    }

    private static Map<String, Object> spread(Stats.Spread s) {
        var m = new LinkedHashMap<String, Object>();
        if (s == null || s.runs() == 0) {
            return m;
        }
        m.put("median", s.median());
        m.put("min", s.min());
        m.put("max", s.max());
        return m;
    }
}
