package pl.synergia.shared.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import jakarta.persistence.PersistenceException;

class DatabaseFailuresTest {

    @Test
    void anUnreachableDatabaseDeepInTheChainIsUnavailable() {
        assertTrue(DatabaseFailures.unavailable(new PersistenceException(new RuntimeException(
                new SQLException("Connection to localhost:5433 refused", "08001", new ConnectException("refused"))))));
        assertTrue(DatabaseFailures.unavailable(new SQLTransientConnectionException("pool empty")));
        assertTrue(DatabaseFailures.unavailable(new RuntimeException(new SQLException("An I/O error occurred", "08006"))));
        assertTrue(DatabaseFailures.unavailable(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseFailures.unavailable(new SQLException("canceling statement due to statement timeout", "57014")));
        assertTrue(DatabaseFailures.unavailable(new RuntimeException(
                new SQLException("Acquisition timeout while waiting for new connection"))));
    }

    @Test
    void aConnectionThatCouldNotBeAcquiredIsUnavailable() {
        assertTrue(DatabaseFailures.unavailable(new org.hibernate.exception.GenericJDBCException(
                "Unable to acquire JDBC Connection [Something unusual has occurred to cause the driver to fail.]",
                new SQLException("Something unusual has occurred to cause the driver to fail.", "XX000",
                        new RuntimeException("Interrupted while attempting to connect.")))));
        assertFalse(DatabaseFailures.unavailable(new org.hibernate.exception.GenericJDBCException("could not execute statement",
                new SQLException("division by zero", "22012"))));
    }

    @Test
    void aFailedCommitCarriesTheCauseAsSuppressed() {
        RuntimeException commit = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new RuntimeException(new SQLTransientConnectionException("connection check failed")));
        assertTrue(DatabaseFailures.unavailable(new RuntimeException(commit)));
    }

    @Test
    void aRefusedOrSlowIdentityProviderIsNotTheDatabase() {
        assertFalse(DatabaseFailures.unavailable(new ConnectException("Connection refused: localhost/127.0.0.1:8180")));
        assertTrue(IdentityProviderFailures.unreachable(new java.util.concurrent.TimeoutException("GET .../certs")));
        assertTrue(IdentityProviderFailures.unreachable(new RuntimeException(new ConnectException("refused"))));
        assertFalse(IdentityProviderFailures.unreachable(new SQLException("refused", "08001", new ConnectException("refused"))));
        assertFalse(IdentityProviderFailures.unreachable(new IllegalStateException("bug")));
    }

    @Test
    void aFaultOfTheApplicationIsNot() {
        assertFalse(DatabaseFailures.unavailable(new SQLException("duplicate key value", "23505")));
        assertFalse(DatabaseFailures.unavailable(new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")));
        assertFalse(DatabaseFailures.unavailable(new IllegalStateException("bug")));
        assertFalse(DatabaseFailures.unavailable(new SQLException("something else")));
    }
}
