/**
 * `PRAGMA application_id` marks a SQLite file as ours ('RWRP' in ASCII), so that `file(1)` and our
 * open path can tell a ReportWorks project from any other SQLite database.
 */
export const APPLICATION_ID = 0x52575250;

/** Package files (.rwpkg) are SQLite too, with their own id ('RWPK'). */
export const PACKAGE_APPLICATION_ID = 0x5257504b;

export const PROJECT_EXTENSION = '.rwproj';

