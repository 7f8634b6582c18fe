// The temporary restore index goes once every relationship has found its endpoints.
DROP INDEX actorgraph_restore_id IF EXISTS
