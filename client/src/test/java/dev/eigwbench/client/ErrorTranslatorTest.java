package dev.eigwbench.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

class ErrorTranslatorTest {
    @Test
    void translate_whenNoRegionAnywhere_saysWhereToSetOneInOneShortLine() {
        var error = SdkClientException.create("Unable to load region from any of the providers in the chain"
                + " DefaultAwsRegionProviderChain: [SystemSettingsRegionProvider: Unable to load region from system"
                + " settings. Region must be specified either via environment variable (AWS_REGION) or system property"
                + " (aws.region)., AwsProfileRegionProvider: No region provided in profile: default]");

        assertEquals(
                "no AWS region: pass --region, set AWS_REGION, or set a region in your AWS profile",
                ErrorTranslator.translate(error, "Stack", 3));
    }

    @Test
    void translate_whenNoCredentialsAnywhere_saysHowToGetThemWithoutTheProviderChainDump() {
        var error = SdkClientException.create("Unable to load credentials from any of the providers in the chain"
                + " AwsCredentialsProviderChain(credentialsProviders=[SystemPropertyCredentialsProvider(),"
                + " EnvironmentVariableCredentialsProvider(), ProfileCredentialsProvider(profileName=default)])");

        assertEquals(
                "no usable AWS credentials: run `aws configure` or `aws sso login`, or set AWS_PROFILE / pass --profile",
                ErrorTranslator.translate(error, "Stack", 3));
    }
}
