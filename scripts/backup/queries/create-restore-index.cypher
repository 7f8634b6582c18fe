// A temporary index so each relationship finds its endpoints by their id in the backup, not by a scan.
CREATE INDEX actorgraph_restore_id IF NOT EXISTS FOR (n:ActorgraphRestoring) ON (n.actorgraphBackupId)
