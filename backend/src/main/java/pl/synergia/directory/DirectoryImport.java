package pl.synergia.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import pl.synergia.shared.importjob.ImportJob;

/** One CSV import of the directory: who started it, how far it got, and what it found. */
@Entity
@Table(name = "directory_import")
public class DirectoryImport extends ImportJob {
}
