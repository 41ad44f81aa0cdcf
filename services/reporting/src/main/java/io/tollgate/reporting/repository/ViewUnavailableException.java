package io.tollgate.reporting.repository;

import java.sql.SQLException;

/** A published view could not be read (its schema not migrated yet, a grant missing, the database down). */
public class ViewUnavailableException extends RuntimeException {

    public ViewUnavailableException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
