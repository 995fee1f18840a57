package dev.eigwbench.handler;

import dev.eigwbench.common.model.ErrorDetail;
import dev.eigwbench.handler.HandlerSettings.SettingsException;
import dev.eigwbench.handler.net.ConnectionTable;
import dev.eigwbench.handler.net.EndpointOverrides;
import dev.eigwbench.handler.net.NetworkPaths;
import dev.eigwbench.handler.output.Json;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.crac.Core;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Everything built once per execution environment (Lambda's init phase): settings, clients, JVM diagnostics and
 * the SnapStart priming hook. Broken settings do not fail init: every invocation then answers FAILED, naming them.
 */
public final class ExecutionEnvironment implements AutoCloseable {
    private final HandlerSettings settings;
    private final ErrorDetail settingsError;
    private final ServiceClients clients;
    private final JvmNetworkSettings jvm;
    private final LambdaEnvironment lambda;
    private final NetworkPaths networkPaths;
    private final PrintStream log;
    private final AtomicBoolean firstInvocation = new AtomicBoolean(true);
    private final Priming priming;

    private ExecutionEnvironment(
            HandlerSettings settings,
            ErrorDetail settingsError,
            ServiceClients clients,
            JvmNetworkSettings jvm,
            LambdaEnvironment lambda,
            ConnectionTable connections,
            Priming priming,
            PrintStream log) {
        this.settings = settings;
        this.settingsError = settingsError;
        this.clients = clients;
        this.jvm = jvm;
        this.lambda = lambda;
        this.networkPaths = clients == null ? null : new NetworkPaths(clients.dns(), connections);
        this.log = log;
        this.priming = priming;
    }

    /**
     * @param env the function's environment variables
     * @param properties system properties (the SDK's aws.endpointUrl* settings are read from here too)
     * @param credentials how the SDK clients sign
     * @param interceptors extra SDK interceptors (none in Lambda)
     * @param log where the human lines, the JSON line and EMF go (stdout in Lambda)
     */
    public static ExecutionEnvironment create(
            Map<String, String> env,
            Map<String, String> properties,
            AwsCredentialsProvider credentials,
            List<ExecutionInterceptor> interceptors,
            PrintStream log) {
        HandlerSettings settings = null;
        ErrorDetail error = null;
        ServiceClients clients = null;
        Priming priming = Priming.none(log);
        try {
            settings = HandlerSettings.fromEnvironment(env);
            var overrides = new EndpointOverrides(env, properties);
            clients = ServiceClients.create(settings, overrides, credentials, interceptors);
            HandlerSettings valid = settings;
            priming = new Priming(
                    settings,
                    clients,
                    transport -> ServiceClients.overTransport(valid, overrides, credentials, transport),
                    log);
        } catch (SettingsException e) {
            error = new ErrorDetail(e.field(), e.getMessage());
        }
        var environment = new ExecutionEnvironment(
                settings,
                error,
                clients,
                JvmNetworkSettings.current(),
                LambdaEnvironment.from(env),
                ConnectionTable.linux(),
                priming,
                log);
        environment.logInit();
        return environment;
    }

    /** Lambda's: built on first use (the init phase), registered for SnapStart priming. */
    public static ExecutionEnvironment lambda() {
        return LambdaHolder.INSTANCE;
    }

    private static final class LambdaHolder {
        static final ExecutionEnvironment INSTANCE = createForLambda();

        private static ExecutionEnvironment createForLambda() {
            var environment = create(
                    System.getenv(),
                    systemProperties(),
                    DefaultCredentialsProvider.builder().build(),
                    List.of(),
                    System.out);
            // Held strongly by this holder: the CRaC context keeps only weak references.
            Core.getGlobalContext().register(environment.priming);
            return environment;
        }
    }

    static Map<String, String> systemProperties() {
        Properties properties = System.getProperties();
        var map = new LinkedHashMap<String, String>();
        for (String name : properties.stringPropertyNames()) {
            map.put(name, properties.getProperty(name));
        }
        return map;
    }

    private void logInit() {
        var line = new LinkedHashMap<String, Object>();
        line.put("event", "init");
        line.put("diagnostics", diagnostics(false));
        line.put("warnings", jvm.warnings());
        if (settingsError != null) {
            line.put("error", settingsError);
        }
        log.println(Json.write(line));
        for (String warning : jvm.warnings()) {
            log.println("WARNING: " + warning);
        }
    }

    dev.eigwbench.common.model.Diagnostics diagnostics(boolean coldStart) {
        var endpoints = new LinkedHashMap<String, String>();
        if (clients != null) {
            clients.endpoints().forEach((service, uri) -> endpoints.put(service, uri.toString()));
        }
        return new dev.eigwbench.common.model.Diagnostics(
                jvm.inputArguments(),
                jvm.preferIPv6Addresses(),
                jvm.preferIPv4Stack(),
                ServiceClients.HTTP_CLIENT_NAME,
                List.of("sqs"),
                endpoints,
                lambda.initType(),
                priming.restored(),
                coldStart,
                lambda.region(),
                lambda.memoryMb(),
                lambda.runtime(),
                System.getProperty("java.version"));
    }

    /** True once: for the first invocation in this execution environment. */
    boolean takeColdStart() {
        return firstInvocation.getAndSet(false);
    }

    HandlerSettings settings() {
        return settings;
    }

    ErrorDetail settingsError() {
        return settingsError;
    }

    ServiceClients clients() {
        return clients;
    }

    JvmNetworkSettings jvm() {
        return jvm;
    }

    NetworkPaths networkPaths() {
        return networkPaths;
    }

    PrintStream log() {
        return log;
    }

    /** The SnapStart hook; tests call its {@code prime()} directly. */
    public Priming priming() {
        return priming;
    }

    @Override
    public void close() {
        if (clients != null) {
            clients.close();
        }
    }
}
