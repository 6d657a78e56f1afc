package org.spotspec.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LogSetupTest {

    @Test
    void theAppsLoggingIsSetUpByLogSetup() {
        // Found through META-INF/services: the secret filter is in place in the running context.
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();

        assertThat(context.getTurboFilterList()).anyMatch(SecretSafeLogFilter.class::isInstance);
        assertThat(context.getLogger("software.amazon.awssdk").getLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void setsUpTheSecretFilterTheConsoleAndTheLevels() {
        var context = fresh();

        var status = new LogSetup().configure(context);

        assertThat(status).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        assertThat(context.getTurboFilterList()).singleElement().isInstanceOf(SecretSafeLogFilter.class)
                .matches(filter -> filter.isStarted());
        var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(root.getAppender("CONSOLE")).isInstanceOf(ConsoleAppender.class)
                .matches(appender -> appender.isStarted());
        assertThat(context.getLogger("software.amazon.awssdk.auth.signer").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.spotspec").getEffectiveLevel()).isEqualTo(Level.INFO);
    }

    @Test
    void stepsAsideForAConfigurationFileTheUserNames() {
        var context = fresh();
        System.setProperty("logback.configurationFile", "my-logback.xml");
        try {
            assertThat(new LogSetup().configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getTurboFilterList()).isEmpty();
        } finally {
            System.clearProperty("logback.configurationFile");
        }
    }

    private static LoggerContext fresh() {
        var context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        return context;
    }
}
