package dev.eigwbench.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.FunctionSettings;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.services.logs.RetentionDays;

class BenchmarkConfigTest {
    @Test
    void fromContext_whenNothingSet_usesTheDefaults() {
        assertEquals(
                new BenchmarkConfig(
                        "EgressOnlyInternetGatewayTest",
                        FunctionSettings.DEFAULT_ITERATIONS,
                        FunctionSettings.DEFAULT_FETCH_URL,
                        FunctionSettings.MEMORY_MB,
                        "java25",
                        7,
                        60,
                        true),
                BenchmarkConfig.defaults());
    }

    @Test
    void fromContext_whenValuesAreStringsFromTheCommandLine_parsesThem() {
        var context = Map.<String, Object>of(
                "stackName", "MyBench",
                "iterations", "25",
                "fetchUrl", "http://example.com/x",
                "memoryMb", "2048",
                "runtime", "java21",
                "logRetentionDays", "14",
                "timeoutSeconds", "120",
                "snapStart", "false");
        assertEquals(
                new BenchmarkConfig("MyBench", 25, "http://example.com/x", 2048, "java21", 14, 120, false),
                BenchmarkConfig.fromContext(context::get));
    }

    @Test
    void fromContext_whenNumbersComeFromJson_acceptsWholeDoubles() {
        var context = Map.<String, Object>of("iterations", 50.0, "memoryMb", 512);
        var config = BenchmarkConfig.fromContext(context::get);
        assertEquals(50, config.iterations());
        assertEquals(512, config.memoryMb());
    }

    @Test
    void logRetention_whenDaysConfigured_isTheMatchingRetentionPeriod() {
        var config = BenchmarkConfig.fromContext(Map.<String, Object>of("logRetentionDays", 14)::get);
        assertEquals(RetentionDays.TWO_WEEKS, config.logRetention());
    }

    @Test
    void fromContext_whenStackNameIsTheLongestAllowed_namesBothFunctionsWithin64Characters() {
        String longest = "S".repeat(BenchmarkFunctionNames.MAX_STACK_NAME_LENGTH);
        var names = BenchmarkConfig.fromContext(Map.<String, Object>of("stackName", longest)::get)
                .functionNames();
        assertEquals(List.of(longest + "-vpc", longest + "-public"), names.all());
        assertEquals(64, names.all().stream().mapToInt(String::length).max().orElseThrow());
    }

    @Test
    void fromContext_whenFetchUrlSchemeIsUpperCase_storesItLowerCaseAndTheRestAsGiven() {
        var config =
                BenchmarkConfig.fromContext(Map.<String, Object>of("fetchUrl", "HTTPS://Example.com/Path?Q=1")::get);
        assertEquals("https://Example.com/Path?Q=1", config.fetchUrl());
    }

    @Test
    void fromContext_whenFetchUrlHasUserInfo_failsSayingSo() {
        var error = assertThrows(
                ConfigurationException.class,
                () -> BenchmarkConfig.fromContext(
                        Map.<String, Object>of("fetchUrl", "https://user:secret@example.com/")::get));
        assertTrue(error.getMessage().contains("'fetchUrl'"), error.getMessage());
        assertTrue(error.getMessage().contains("without user info"), error.getMessage());
    }

    @Test
    void fromContext_whenSnapStartIsAJsonBoolean_takesIt() {
        assertEquals(
                false,
                BenchmarkConfig.fromContext(Map.<String, Object>of("snapStart", false)::get)
                        .snapStart());
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of("stackName", "1starts-with-digit"),
                Arguments.of("stackName", "has_underscore"),
                Arguments.of("stackName", 42),
                Arguments.of("stackName", "S".repeat(BenchmarkFunctionNames.MAX_STACK_NAME_LENGTH + 1)),
                Arguments.of("iterations", "many"),
                Arguments.of("iterations", 0),
                Arguments.of("iterations", BenchmarkConfig.MAX_ITERATIONS + 1),
                Arguments.of("iterations", 1.5),
                Arguments.of("fetchUrl", "ftp://example.com/file"),
                Arguments.of("fetchUrl", "example.com/no-scheme"),
                Arguments.of("fetchUrl", "https://"),
                Arguments.of("fetchUrl", "https://user:secret@example.com/x"),
                Arguments.of("fetchUrl", "HTTPS://user@example.com/x"),
                Arguments.of("memoryMb", 64),
                Arguments.of("memoryMb", "10241"),
                Arguments.of("runtime", "java17"),
                Arguments.of("runtime", "nodejs24.x"),
                Arguments.of("logRetentionDays", 8),
                Arguments.of("timeoutSeconds", 0),
                Arguments.of("timeoutSeconds", 901),
                Arguments.of("snapStart", "off"),
                Arguments.of("snapStart", 0));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("invalidValues")
    void fromContext_whenValueInvalid_failsNamingTheKeyAndTheFix(String key, Object value) {
        var error =
                assertThrows(ConfigurationException.class, () -> BenchmarkConfig.fromContext(Map.of(key, value)::get));
        assertTrue(error.getMessage().startsWith("Invalid CDK context '" + key + "'"), error.getMessage());
        assertTrue(error.getMessage().contains("got '" + value + "'"), error.getMessage());
        assertTrue(error.getMessage().contains("-c " + key + "="), error.getMessage());
    }
}
