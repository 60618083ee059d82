-- Financing events written before V8 were addressed to the core enterprise with the supplier's and bank's payload:
-- rates, interest, net amounts. They have no debtor copy to show it instead, so they are no longer addressed to it.
-- Every financing event written since carries its debtor copy when the core enterprise is a reader.
UPDATE event SET core_enterprise_id = NULL
 WHERE subject_type = 'financing' AND debtor_payload IS NULL AND core_enterprise_id IS NOT NULL;
