package org.spotspec.aws;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Builds the SDK clients every service uses: one HTTP client (the JDK's URLConnection), explicit
 * timeouts, the standard retry strategy, endpoint overrides and the call journal.
 */
public final class AwsClientFactory implements AutoCloseable {
    private final ClientSettings settings;
    private final CallJournal journal;
    private final Clock clock;
    private SdkHttpClient http;

    public AwsClientFactory(ClientSettings settings, CallJournal journal, Clock clock) {
        this.settings = settings;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * The one HTTP client all SDK clients share, made at the first AWS call: building it sets up
     * TLS (a few hundred classes), which has no business on the way to the first window.
     */
    private synchronized SdkHttpClient http() {
        if (http == null) {
            http = UrlConnectionHttpClient.builder()
                    .connectionTimeout(settings.connectTimeout())
                    // A little longer than the attempt timeout, so the SDK's own attempt timeout
                    // fires first and the user is told the limit (a read timeout knows none).
                    .socketTimeout(settings.attemptTimeout().plusSeconds(1))
                    .build();
        }
        return http;
    }

    public StsClient sts(AwsCredentialsProvider credentials, Region region, AwsEndpoints endpoints) {
        return configure(StsClient.builder(), credentials, region, endpoints.sts()).build();
    }

    public Ec2Client ec2(AwsCredentialsProvider credentials, Region region, AwsEndpoints endpoints) {
        return configure(Ec2Client.builder(), credentials, region, endpoints.ec2()).build();
    }

    /** IAM Identity Center's portal (GetRoleCredentials, ListAccounts): unsigned, the token goes in a header. */
    public SsoClient sso(Region region, Optional<URI> endpoint) {
        return configure(SsoClient.builder(), AnonymousCredentialsProvider.create(), region, endpoint).build();
    }

    /** IAM Identity Center's OIDC service (device authorization): unsigned calls. */
    public SsoOidcClient ssoOidc(Region region, Optional<URI> endpoint) {
        return configure(SsoOidcClient.builder(), AnonymousCredentialsProvider.create(), region, endpoint).build();
    }

    private <B extends AwsClientBuilder<B, ?>> B configure(B builder, AwsCredentialsProvider credentials,
                                                         Region region, Optional<URI> endpoint) {
        builder.credentialsProvider(credentials)
                .region(region)
                .overrideConfiguration(overrides());
        endpoint.ifPresent(builder::endpointOverride);
        if (builder instanceof software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder<?, ?> sync) {
            sync.httpClient(http());
        }
        return builder;
    }

    private ClientOverrideConfiguration overrides() {
        return ClientOverrideConfiguration.builder()
                .apiCallTimeout(settings.callTimeout())
                .apiCallAttemptTimeout(settings.attemptTimeout())
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(settings.maxAttempts()).build())
                .addExecutionInterceptor(new EmptyAnswerInterceptor())
                .addExecutionInterceptor(new ErrorBodyInterceptor())
                .addExecutionInterceptor(new JournalInterceptor(journal, clock))
                .build();
    }

    @Override
    public synchronized void close() {
        if (http != null) {
            http.close();
        }
    }
}
