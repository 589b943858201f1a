-- Cluster-wide locks of Spring Integration's JdbcLockRegistry (io.atende.platform.ClusterLocks):
-- the table of its DefaultLockRepository, as in spring-integration-jdbc's schema-h2.sql and
-- schema-postgresql.sql (identical for this table; portable SQL for H2 and PostgreSQL).
-- One row per held lock; a row whose CREATED_DATE is older than the time-to-live is expired and
-- may be taken over by another node.
CREATE TABLE INT_LOCK (
    LOCK_KEY     CHAR(36)     NOT NULL,
    REGION       VARCHAR(100) NOT NULL,
    CLIENT_ID    CHAR(36),
    CREATED_DATE TIMESTAMP    NOT NULL,
    CONSTRAINT INT_LOCK_PK PRIMARY KEY (LOCK_KEY, REGION)
);
