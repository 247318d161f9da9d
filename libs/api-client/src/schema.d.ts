export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: PostgreSQL and Redis reachable; 503 otherwise */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics: request durations, queue depth
         * @description Served on the metrics listener (METRICS_PORT, 127.0.0.1 by default). Here only when METRICS_TOKEN is set, with `Authorization: Bearer <METRICS_TOKEN>`.
         */
        get: operations["MetricsController_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Regions with population and the number of organisations on the platform */
        get: operations["PublicRegionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/regions/{code}/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The region’s organisations counted in public figures (verified and active), by name */
        get: operations["PublicRegionsController_organisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register an organisation and its first admin
         * @description The same answer for a known and a new email. A new email gets a verification link (the account signs in once it is followed); a known one gets a note that the account exists.
         */
        post: operations["AuthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Follow a mailed verification link: the address is proven and the person signed in */
        post: operations["AuthController_verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a new verification link if the account is not verified yet; the same answer always */
        post: operations["AuthController_resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a password reset link if the email has an account; the same answer always */
        post: operations["AuthController_requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Follow a mailed reset link: set a new password and end every session of the account */
        post: operations["AuthController_confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trade a refresh token for a new pair; a spent token revokes its family
         * @description An API client sends refreshToken in the body. The web app sends X-CareLedger-Client: web and its cookie; without that header the cookie is never read (401).
         */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke the refresh token’s family
         * @description For the web app (X-CareLedger-Client: web) the cookie is cleared as well, whatever it held.
         */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, their memberships and platform roles */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password: every session ends, and this answer holds a fresh pair for the caller */
        post: operations["AccountController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out everywhere: every refresh and access token of the account stops working */
        post: operations["AccountController_signOutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation */
        get: operations["OrganisationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the organisation’s details */
        patch: operations["OrganisationsController_update"];
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/profile/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the yearly profile (staff FTE, volunteers) the league table uses */
        put: operations["OrganisationsController_putProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members and their roles */
        get: operations["MembersController_list"];
        put?: never;
        /**
         * Invite someone: they become a member when they accept
         * @description Mails a one-time link. The answer is the same whether or not the email has an account or already belongs.
         */
        post: operations["MembersController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member; the last admin cannot be removed */
        delete: operations["MembersController_remove"];
        options?: never;
        head?: never;
        /** Change a member’s role; the last admin cannot be demoted */
        patch: operations["MembersController_changeRole"];
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations not yet answered and not expired, oldest first */
        get: operations["OrganisationInvitationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a pending invitation: its link stops working */
        delete: operations["OrganisationInvitationsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations to the signed-in user’s email that can still be accepted */
        get: operations["MyInvitationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/invitations/{invitationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: join the organisation, or take the platform role */
        post: operations["MyInvitationsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/invitations/{invitationId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an invitation */
        post: operations["MyInvitationsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A person without an account accepts through the mailed link: account, membership, session */
        post: operations["MyInvitationsController_acceptAsNewcomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Integration keys (never their secrets) */
        get: operations["ApiKeysController_list"];
        put?: never;
        /** Create an integration key; the secret is in this answer only */
        post: operations["ApiKeysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a key */
        delete: operations["ApiKeysController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the hash chain; names the first broken row */
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{userId}/platform-roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant a platform role (authority with its regions) */
        post: operations["PlatformRolesController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{userId}/platform-roles/{role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a platform role away */
        delete: operations["PlatformRolesController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/platform-roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who holds platform roles, one item per role held */
        get: operations["PlatformRoleHoldersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/platform-roles/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite someone to a platform role (authority with its regions); granted when they accept
         * @description Mails a one-time link. The answer is the same whether or not the email has an account.
         */
        post: operations["PlatformRoleHoldersController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find an account by email, with its platform roles (an empty list when none) */
        get: operations["AdminUsersController_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Suspend or reinstate a user account */
        patch: operations["AdminUserStatusController_setStatus"];
        trace?: never;
    };
    "/api/v1/admin/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every organisation on the platform, newest first */
        get: operations["AdminOrganisationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Suspend (with a reason) or reinstate an organisation, written to its audit log; suspending withdraws its published reports */
        patch: operations["AdminOrganisationsController_setStatus"];
        trace?: never;
    };
    "/api/v1/admin/organisations/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify an organisation (ИНН and ОГРН checked, region confirmed): it then counts in public statistics */
        post: operations["AdminOrganisationsController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/organisations/{id}/unverify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw verification: the organisation leaves public statistics and the league */
        post: operations["AdminOrganisationsController_unverify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/regions/{code}/population/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a region’s population for a year (the newest year is the one in use) */
        put: operations["AdminPopulationsController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/external-indicators/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a year’s external indicators with a CSV file
         * @description Header `regionCode,indicator,value,source`. Every row is checked: when any is bad, the answer is 400 naming each bad line (`line 7`; the header is line 1) and nothing is stored.
         */
        put: operations["AdminExternalIndicatorsController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/beneficiaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The register: names and birth dates for admins, staff and API keys (codes only for viewers), a page that shows names is audited as one read; `q` searches (a viewer’s matches codes only) and is audited; `sort` and `order` */
        get: operations["BeneficiariesController_list"];
        put?: never;
        /** Register a beneficiary; the code is generated when absent */
        post: operations["BeneficiariesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/beneficiaries/{beneficiaryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The full record with personal data and consents for admins, staff and API keys, each read audited; a viewer gets it without personal data (those fields null or empty, as after erasure) */
        get: operations["BeneficiariesController_get"];
        put?: never;
        post?: never;
        /** Erase the personal data for good; the code and the care history stay */
        delete: operations["BeneficiariesController_erase"];
        options?: never;
        head?: never;
        /** Change personal fields or the status; an erased beneficiary cannot be changed */
        patch: operations["BeneficiariesController_update"];
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/beneficiaries/{beneficiaryId}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a consent (согласие на обработку персональных данных) */
        post: operations["BeneficiariesController_giveConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/beneficiaries/{beneficiaryId}/consents/{consentId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a consent; the history is kept */
        post: operations["BeneficiariesController_withdrawConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/beneficiaries/{beneficiaryId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about the person, as JSON (subject access request); audited */
        get: operations["BeneficiariesController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/beneficiaries/{beneficiaryId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case history, newest first, each note with its earlier texts; for admins, staff and API keys (a viewer gets 403), each read audited */
        get: operations["CaseworkController_notes"];
        put?: never;
        /** Add a dated case note (запись в деле); audited */
        post: operations["CaseworkController_addNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/beneficiaries/{beneficiaryId}/notes/{noteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edit a case note (its author or an admin); the text it replaces is kept as a version */
        put: operations["CaseworkController_editNote"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/beneficiaries/{beneficiaryId}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The person’s follow-ups, open and done, soonest due first; the read is audited */
        get: operations["CaseworkController_followUps"];
        put?: never;
        /** Add a follow-up with a due date, assigned to a member; audited */
        post: operations["CaseworkController_addFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/beneficiaries/{beneficiaryId}/follow-ups/{followUpId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a follow-up’s text, due date or assignee, or mark it done (or open again) */
        patch: operations["CaseworkController_updateFollowUp"];
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/me/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My open follow-ups in this organisation, soonest due first, with whose they are; a page is audited as one read */
        get: operations["MyFollowUpsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/care-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Care events, newest first */
        get: operations["CareEventsController_list"];
        put?: never;
        /**
         * Log a care event; its items leave stock in the same transaction
         * @description Care is logged only for a beneficiary with a care consent in force at `occurredAt`: given at or before
         *     that moment and not withdrawn by then. A withdrawn consent stops new care from the moment of withdrawal
         *     on; care that happened before it may still be logged. Without one the answer is 409 naming
         *     `beneficiaryId` and the beneficiary’s code.
         *
         *     A line of a stocked item leaves stock at its moving average cost, and the line records that cost
         *     (`unitCostKopecks` on such a line is 400); services and transport take the cost on the line or the
         *     item’s price. Stock must be there at `occurredAt` and at every later moment: a backdated line that
         *     would take the balance below zero then is 409 naming the line, the date and the balance then.
         *     A line’s funding source must run on the day of `occurredAt` (its period, inclusive), else 409.
         *     Quantities take up to 3 decimals, except items counted in pair, set, course, day or night (whole numbers).
         */
        post: operations["CareEventsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/care-events/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log up to 1,000 care events, all or nothing; the first bad event is named by index
         * @description Care is logged only for a beneficiary with a care consent in force at `occurredAt`: given at or before
         *     that moment and not withdrawn by then. A withdrawn consent stops new care from the moment of withdrawal
         *     on; care that happened before it may still be logged. Without one the answer is 409 naming
         *     `beneficiaryId` and the beneficiary’s code.
         *
         *     A line of a stocked item leaves stock at its moving average cost, and the line records that cost
         *     (`unitCostKopecks` on such a line is 400); services and transport take the cost on the line or the
         *     item’s price. Stock must be there at `occurredAt` and at every later moment: a backdated line that
         *     would take the balance below zero then is 409 naming the line, the date and the balance then.
         *     A line’s funding source must run on the day of `occurredAt` (its period, inclusive), else 409.
         *     Quantities take up to 3 decimals, except items counted in pair, set, course, day or night (whole numbers).
         */
        post: operations["CareEventsController_createBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/care-events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One care event with its lines */
        get: operations["CareEventsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/care-events/{eventId}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void an event by a reversing entry; its stock comes back */
        post: operations["CareEventsController_void"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/beneficiaries/{beneficiaryId}/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the beneficiary’s needs plan */
        put: operations["NeedsController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/beneficiaries/{beneficiaryId}/care": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The person’s care events (newest first) and needs coverage per item */
        get: operations["NeedsController_care"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reports, newest first */
        get: operations["ReportsController_list"];
        put?: never;
        /**
         * Request a report; the worker renders it (watch status and progress)
         * @description The period is of local dates in the organisation’s time zone; the PDF prints dates and times in that zone and names it. A report counts everything the organisation did, whether or not a person consented to statistics, and totals quantities per unit, never across units.
         */
        post: operations["ReportsController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/reports/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A report’s status, progress and fingerprint */
        get: operations["ReportsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/reports/{reportId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rendered PDF, once the report is ready; a care statement (personal data) for admins, staff and API keys only, each read audited */
        get: operations["ReportsController_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/reports/{reportId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a ready report without personal data; publishing is final */
        post: operations["ReportsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/report-schedules/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Request this report after each period closes (and publish it when autoPublish)
         * @description Validated as a report request: a funding_source schedule names its fundingSourceId (one schedule per source).
         */
        put: operations["ReportsController_schedule"];
        post?: never;
        /** Remove the schedule of this type (and funding source); the reports it requested keep its id */
        delete: operations["ReportsController_removeSchedule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/report-schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation’s report schedules, newest first */
        get: operations["ReportsController_schedulesList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published reports */
        get: operations["PublicReportsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/reports/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published report and its SHA-256 */
        get: operations["PublicReportsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/reports/{reportId}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a report’s number says: the page its printed address and QR code open
         * @description Reached by the number alone (a link travels without the file), so a report never published is only said to be genuine_unpublished, with no organisation; unknown when no report has the number.
         */
        get: operations["PublicReportsController_byNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/reports/{reportId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published PDF */
        get: operations["PublicReportsController_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/reports/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What is this PDF? genuine_published, genuine_unpublished, withdrawn or unknown
         * @description Send the file as the body (Content-Type: application/pdf) or as a form upload (multipart/form-data, one file field). Compared by SHA-256: one changed byte is unknown.
         */
        post: operations["PublicReportsController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation’s figures for a year, in full (members only)
         * @description Years and months are the organisation’s local ones (its time zone). Counts everything the organisation did, whether or not a person consented to statistics. Quantities are given per category and unit, never added across units.
         */
        get: operations["StatisticsController_organisationMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/orgs/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public profile and figures by year, suppressed
         * @description Years and months are each organisation’s local ones (its time zone). Counts a person’s care only while a statistics consent of theirs was in force when it was given: care after a withdrawal is left out, care before it stays counted. Quantities are given per category and unit, never added across units. Figures about fewer than SUPPRESSION_K people are withheld (null, named in `suppressed`).
         */
        get: operations["StatisticsController_publicOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/regions/{code}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A region’s aggregates for a year, suppressed
         * @description Years and months are each organisation’s local ones (its time zone). Counts a person’s care only while a statistics consent of theirs was in force when it was given: care after a withdrawal is left out, care before it stays counted. Quantities are given per category and unit, never added across units. Figures about fewer than SUPPRESSION_K people are withheld (null, named in `suppressed`).
         */
        get: operations["StatisticsController_publicRegion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/{code}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * For the region’s authority: per organisation and per month, never below k
         * @description Years and months are each organisation’s local ones (its time zone). Counts a person’s care only while a statistics consent of theirs was in force when it was given: care after a withdrawal is left out, care before it stays counted. Quantities are given per category and unit, never added across units. Figures about fewer than SUPPRESSION_K people are withheld (null, named in `suppressed`).
         */
        get: operations["StatisticsController_authorityRegion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/national-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * National figures of a year: the sums of every region’s published figures
         * @description A withheld regional figure stays withheld: it is left out of the sum (a lower bound then) and counted in withheldRegions. A person helped in two regions counts in each, as in each region’s figures.
         */
        get: operations["NationalFiguresController_figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/league-table": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The regional league table of a year, from the latest computation */
        get: operations["LeagueController_table"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/league-table/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A region’s league row, its pillars against the national medians, and its growth points
         * @description Medians are over the ranked regions; every value comes from the published inputs (inputs.csv) of the same computation.
         */
        get: operations["LeagueController_region"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/league-table/methodology": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The methodology as data: pillars, indicators, directions, weights, goalposts
         * @description `recomputation` states the seed, draws, generator, every step, rounding and every CSV column
         */
        get: operations["LeagueController_methodology"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/league-table/inputs.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inputs of the latest computation, as CSV */
        get: operations["LeagueController_inputs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/league-table/results.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The results of the latest computation, as CSV */
        get: operations["LeagueController_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/league-table/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recompute a year’s league table in the worker
         * @description Answers with the request, whose state (requested, running, done, failed) is kept.
         */
        post: operations["LeagueController_recompute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/league-table/recomputes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The state of a league recompute request */
        get: operations["LeagueController_recomputeState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/league-table/recompute/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The state of a league recompute, by the id its request answered
         * @description The same as `/admin/league-table/recomputes/{id}`: requested, running, done or failed.
         */
        get: operations["LeagueController_recomputeJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/funding-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Funding sources, by name */
        get: operations["FundingSourcesController_list"];
        put?: never;
        /** Add a funding source (grant, contract, donors) */
        post: operations["FundingSourcesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/funding-sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One funding source */
        get: operations["FundingSourcesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a funding source; null clears the amount or a period bound */
        patch: operations["FundingSourcesController_update"];
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalogue, by sku; archived items only when asked for */
        get: operations["ItemsController_list"];
        put?: never;
        /** Add an item to the catalogue; sku is unique in the organisation */
        post: operations["ItemsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item */
        get: operations["ItemsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an item, or archive (archived: true) or restore it; items are never deleted */
        patch: operations["ItemsController_update"];
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock balance and value (moving average cost) per stocked item */
        get: operations["StockController_levels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{orgId}/stock/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stock ledger, newest first */
        get: operations["StockController_movements"];
        put?: never;
        /** Record a receipt, an adjustment or a write-off */
        post: operations["StockController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        LivenessDto: {
            /** @enum {string} */
            status: "ok";
        };
        ReadinessChecksDto: {
            /** @enum {string} */
            database: "up";
            /** @enum {string} */
            redis: "up";
        };
        ReadinessDto: {
            /** @enum {string} */
            status: "ok";
            checks: components["schemas"]["ReadinessChecksDto"];
        };
        GridCellDto: {
            /**
             * @description 1-based, from the west
             * @example 3
             */
            col: number;
            /**
             * @description 1-based, from the north
             * @example 5
             */
            row: number;
        };
        RegionDto: {
            /**
             * @description two-digit subject code
             * @example 77
             */
            code: string;
            /** @example RU-MOW */
            isoCode: string | null;
            /** @example Moscow */
            nameEn: string;
            /** @example г. Москва */
            nameRu: string;
            /** @example Central */
            federalDistrict: string;
            population: number | null;
            populationYear: number | null;
            /** @description active organisations on the platform */
            organisations: number;
            /** @description the region’s square on the tile-grid map of Russia (about 20 columns × 10 rows, one region a cell) */
            grid: components["schemas"]["GridCellDto"] | null;
        };
        RegionPageDto: {
            items: components["schemas"]["RegionDto"][];
            nextCursor: string | null;
        };
        RegionOrganisationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            legalForm: string | null;
            /**
             * Format: date-time
             * @description when a platform admin verified it
             */
            verifiedAt: string;
        };
        RegionOrganisationPageDto: {
            items: components["schemas"]["RegionOrganisationDto"][];
            nextCursor: string | null;
        };
        OrganisationInput: {
            /** @example Благотворительный фонд «Добрые руки» */
            name: string;
            /**
             * @description two-digit region (federal subject) code
             * @example 48
             */
            regionCode: string;
            /** @example 7707083893 */
            inn?: string;
            /** @example 1027700132195 */
            ogrn?: string;
            /** @example АНО */
            legalForm?: string;
        };
        RegisterInput: {
            /** @example director@dobrye-ruki.example */
            email: string;
            /** @description not a common password, nor one built from the email or name */
            password: string;
            /** @example Ольга Смирнова */
            fullName: string;
            organisation: components["schemas"]["OrganisationInput"];
        };
        VerificationSentDto: {
            /** @enum {string} */
            status: "verification_sent";
        };
        VerifyEmailInput: {
            /** @description the token of the mailed verification link */
            token: string;
        };
        TokensDto: {
            accessToken: string;
            /** @description left out for the web app (X-CareLedger-Client: web), whose refresh token is set as the httpOnly careledger_refresh cookie instead */
            refreshToken?: string;
            /** @enum {string} */
            tokenType: "Bearer";
            /** @description seconds the access token is valid */
            expiresIn: number;
        };
        EmailInput: {
            email: string;
        };
        ResetSentDto: {
            /** @enum {string} */
            status: "reset_sent";
        };
        PasswordResetConfirmInput: {
            /** @description the token of the mailed reset link */
            token: string;
            /** @description not a common password */
            newPassword: string;
        };
        LoginInput: {
            email: string;
            password: string;
        };
        RefreshInput: {
            /** @description required, unless the request carries X-CareLedger-Client: web (the web app): its token is the careledger_refresh cookie */
            refreshToken?: string;
        };
        UserDto: {
            /** Format: uuid */
            id: string;
            email: string;
            fullName: string;
            /** Format: date-time */
            createdAt: string;
        };
        MembershipDto: {
            /** Format: uuid */
            organisationId: string;
            /** @enum {string} */
            role: "admin" | "staff" | "viewer";
        };
        PlatformRoleDto: {
            /** @enum {string} */
            role: "platform_admin" | "authority";
            regionCodes?: string[];
        };
        MeDto: {
            user: components["schemas"]["UserDto"];
            memberships: components["schemas"]["MembershipDto"][];
            platformRoles: components["schemas"]["PlatformRoleDto"][];
        };
        PasswordChangeInput: {
            currentPassword: string;
            /** @description not a common password, nor one built from the account’s email or name */
            newPassword: string;
        };
        SuspensionDto: {
            /** Format: date-time */
            since: string;
            /** @description why a platform admin suspended it; null if suspended before reasons were kept */
            reason: string | null;
        };
        OrganisationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            inn: string | null;
            ogrn: string | null;
            regionCode: string;
            /**
             * @description IANA time zone its days and months of care are counted in: its region’s unless its admin changed it
             * @example Europe/Moscow
             */
            timeZone: string;
            legalForm: string | null;
            publicDescription: string | null;
            /** @enum {string} */
            status: "active" | "suspended";
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description when a platform admin verified it; null: its figures count in no public statistic or league yet
             */
            verifiedAt: string | null;
            /** @description set while suspended: members read and export its data, and write nothing */
            suspension: components["schemas"]["SuspensionDto"] | null;
        };
        OrganisationPatch: {
            /** @example Благотворительный фонд «Добрые руки» */
            name?: string;
            /**
             * @description two-digit region (federal subject) code
             * @example 48
             */
            regionCode?: string;
            /** @example 7707083893 */
            inn?: string;
            /** @example 1027700132195 */
            ogrn?: string;
            /** @example АНО */
            legalForm?: string;
            publicDescription?: string;
            /**
             * @description IANA time zone of its calendar: days and months of care, rollups, statistics, reports and period filters follow it. Changing it recounts its care on the new calendar.
             * @example Europe/Samara
             */
            timeZone?: string;
        };
        ProfileInput: {
            /**
             * @description staff in full-time equivalents
             * @example 4.5
             */
            staffFte: number;
            /** @example 30 */
            volunteers: number;
        };
        ProfileDto: {
            year: number;
            staffFte: number;
            volunteers: number;
            /** Format: date-time */
            updatedAt: string;
        };
        MemberDto: {
            /** Format: uuid */
            userId: string;
            email: string;
            fullName: string;
            /** @enum {string} */
            role: "admin" | "staff" | "viewer";
            /** Format: date-time */
            joinedAt: string;
        };
        MemberPageDto: {
            items: components["schemas"]["MemberDto"][];
            nextCursor: string | null;
        };
        MemberInvitationInput: {
            /** @example anna.petrova@example.org */
            email: string;
            /** @enum {string} */
            role: "admin" | "staff" | "viewer";
        };
        InvitationReceiptDto: {
            /** Format: uuid */
            invitationId: string;
            /** @description lower-cased */
            email: string;
            /** @enum {string} */
            role: "admin" | "staff" | "viewer" | "authority" | "platform_admin";
            /** @description an authority’s regions */
            regionCodes?: string[];
            /** Format: date-time */
            expiresAt: string;
        };
        MemberRoleInput: {
            /** @enum {string} */
            role: "admin" | "staff" | "viewer";
        };
        OrganisationInvitationDto: {
            /** Format: uuid */
            id: string;
            email: string;
            /** @enum {string} */
            role: "admin" | "staff" | "viewer";
            /** Format: uuid */
            invitedBy: string | null;
            /** Format: date-time */
            invitedAt: string;
            /** Format: date-time */
            expiresAt: string;
        };
        OrganisationInvitationPageDto: {
            items: components["schemas"]["OrganisationInvitationDto"][];
            nextCursor: string | null;
        };
        InvitingOrganisationDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        InviteeInvitationDto: {
            /** Format: uuid */
            id: string;
            /** @description null for an invitation to a platform role */
            organisation: components["schemas"]["InvitingOrganisationDto"] | null;
            /** @enum {string} */
            role: "admin" | "staff" | "viewer" | "authority" | "platform_admin";
            /** @description an authority’s regions */
            regionCodes?: string[];
            /** Format: date-time */
            invitedAt: string;
            /** Format: date-time */
            expiresAt: string;
        };
        InviteeInvitationPageDto: {
            items: components["schemas"]["InviteeInvitationDto"][];
            nextCursor: string | null;
        };
        AcceptedInvitationDto: {
            /**
             * Format: uuid
             * @description the organisation joined; null for a platform role
             */
            organisationId: string | null;
            /**
             * @description the role now held
             * @enum {string}
             */
            role: "admin" | "staff" | "viewer" | "authority" | "platform_admin";
            /** @description an authority’s regions, all of them */
            regionCodes?: string[];
        };
        NewcomerInput: {
            /** @description the `token` of the mailed link */
            token: string;
            /** @example Анна Петрова */
            fullName: string;
            /** @description not a common password, nor one built from the name */
            password: string;
        };
        NewcomerSessionDto: {
            accessToken: string;
            /** @description left out for the web app (X-CareLedger-Client: web), whose refresh token is set as the httpOnly careledger_refresh cookie instead */
            refreshToken?: string;
            /** @enum {string} */
            tokenType: "Bearer";
            /** @description seconds the access token is valid */
            expiresIn: number;
            accepted: components["schemas"]["AcceptedInvitationDto"];
        };
        NewApiKeyInput: {
            /** @example 1C integration */
            name: string;
        };
        CreatedApiKeyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** @description the key to send as X-Api-Key; shown this once only: a replay (same Idempotency-Key) answers null, revoke that key and create another */
            key: string | null;
        };
        ApiKeyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
        };
        ApiKeyPageDto: {
            items: components["schemas"]["ApiKeyDto"][];
            nextCursor: string | null;
        };
        AuditEntryDto: {
            /** Format: uuid */
            id: string;
            seq: number;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            actorKind: "user" | "api_key" | "system";
            /** Format: uuid */
            actorId: string | null;
            /** @example member.added */
            action: string;
            entityType: string;
            /** Format: uuid */
            entityId: string | null;
            details: {
                [key: string]: unknown;
            };
            hash: string;
        };
        AuditPageDto: {
            items: components["schemas"]["AuditEntryDto"][];
            nextCursor: string | null;
        };
        BrokenRowDto: {
            seq: number;
            /** Format: uuid */
            id: string;
        };
        ChainVerificationDto: {
            valid: boolean;
            /** @description rows in the log */
            rows: number;
            firstBrokenRow?: components["schemas"]["BrokenRowDto"];
        };
        PlatformRoleInput: {
            /** @enum {string} */
            role: "platform_admin" | "authority";
            /**
             * @description required for authority
             * @example [
             *       "48"
             *     ]
             */
            regionCodes?: string[];
        };
        PlatformRoleHolderDto: {
            /** Format: uuid */
            userId: string;
            email: string;
            fullName: string;
            /** @enum {string} */
            role: "platform_admin" | "authority";
            /** @description an authority’s regions */
            regionCodes?: string[];
            /** Format: date-time */
            grantedAt: string;
        };
        PlatformRoleHolderPageDto: {
            items: components["schemas"]["PlatformRoleHolderDto"][];
            nextCursor: string | null;
        };
        PlatformRoleInvitationInput: {
            /** @enum {string} */
            role: "platform_admin" | "authority";
            /**
             * @description required for authority
             * @example [
             *       "48"
             *     ]
             */
            regionCodes?: string[];
            /** @example official@admlip.example */
            email: string;
        };
        PlatformUserDto: {
            /** Format: uuid */
            id: string;
            email: string;
            fullName: string;
            platformRoles: components["schemas"]["PlatformRoleDto"][];
        };
        PlatformUserListDto: {
            /** @description the account with this email, or none */
            items: components["schemas"]["PlatformUserDto"][];
            /** @description always null: an email names one account */
            nextCursor: string | null;
        };
        AccountStatusInput: {
            /**
             * @description suspended ends every session at once and refuses login and refresh until reinstated
             * @enum {string}
             */
            status: "active" | "suspended";
        };
        AccountStatusDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "active" | "suspended";
            /** Format: date-time */
            suspendedAt: string | null;
        };
        AdminOrganisationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            inn: string | null;
            ogrn: string | null;
            /** @example 48 */
            regionCode: string;
            /** @enum {string} */
            status: "active" | "suspended";
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description when a platform admin verified it; null: not counted in public statistics or the league
             */
            verifiedAt: string | null;
            /** @description set while suspended: since when and why */
            suspension: components["schemas"]["SuspensionDto"] | null;
            /** @description number of members */
            members: number;
        };
        AdminOrganisationPageDto: {
            items: components["schemas"]["AdminOrganisationDto"][];
            nextCursor: string | null;
        };
        OrganisationStatusInput: {
            /**
             * @description suspended leaves public statistics and withdraws its published reports; members and API keys may read and export, not write
             * @enum {string}
             */
            status: "active" | "suspended";
            /** @description why: required to suspend (its members read it in every refused write; a new reason replaces the old), optional to reinstate; kept in its audit log */
            reason?: string;
        };
        VerifyOrganisationInput: {
            /**
             * @description the region the registry extract gives; must be the registered one
             * @example 48
             */
            regionCode: string;
        };
        UnverifyOrganisationInput: {
            /** @description why verification is withdrawn (kept in the audit log) */
            reason?: string;
        };
        PopulationInput: {
            /**
             * @description resident population on 1 January
             * @example 1120000
             */
            population: number;
            /** @example Rosstat, 1 January 2025 */
            source: string;
        };
        PopulationDto: {
            /** @example 48 */
            regionCode: string;
            /** @example 2025 */
            year: number;
            population: number;
            source: string;
        };
        ExternalIndicatorsUploadDto: {
            /** @example 2024 */
            year: number;
            /** @description rows stored for the year */
            rows: number;
        };
        ContactsInput: {
            /** @example +7 900 123-45-67 */
            phone?: string;
            /** @example family@example.org */
            email?: string;
            address?: string;
            /** @description the parent or legal guardian */
            guardianName?: string;
        };
        DiagnosisInput: {
            /** @enum {string} */
            system: "icd10" | "orpha";
            /**
             * @description ICD-10 code, or the digits of an ORPHAcode
             * @example Q81.2
             */
            code: string;
        };
        ConsentInput: {
            /** @enum {string} */
            scope: "care" | "statistics" | "publication";
            /**
             * Format: date-time
             * @example 2026-03-01T10:00:00+03:00
             */
            givenAt: string;
        };
        NewBeneficiaryInput: {
            /**
             * @description the pseudonymous code shown on paper; generated (П-000001, ...) when absent
             * @example П-000123
             */
            code?: string;
            /** @example Мария Иванова */
            fullName: string;
            /**
             * Format: date
             * @example 2015-04-23
             */
            birthDate?: string;
            /** @enum {string} */
            sex?: "female" | "male";
            /**
             * @description two-digit region (federal subject) code
             * @example 48
             */
            regionCode?: string;
            contacts?: components["schemas"]["ContactsInput"];
            diagnoses?: components["schemas"]["DiagnosisInput"][];
            notes?: string;
            consents?: components["schemas"]["ConsentInput"][];
            /** @description true registers the person although one with the same name (words in any order, ё as е, any case) and birth date is registered already; without it that is a 409 naming the code */
            confirmDistinct?: boolean;
        };
        ContactsDto: {
            phone?: string;
            email?: string;
            address?: string;
            guardianName?: string;
        };
        DiagnosisDto: {
            /** @enum {string} */
            system: "icd10" | "orpha";
            /** @example Q81.2 */
            code: string;
        };
        ConsentDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            scope: "care" | "statistics" | "publication";
            /** Format: date-time */
            givenAt: string;
            /** Format: date-time */
            withdrawnAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        BeneficiaryDto: {
            /** Format: uuid */
            id: string;
            /** @example П-000001 */
            code: string;
            /** @enum {string} */
            status: "active" | "inactive" | "erased";
            /** Format: date-time */
            createdAt: string;
            fullName: string | null;
            /** Format: date */
            birthDate: string | null;
            /** @enum {string|null} */
            sex: "female" | "male" | null;
            regionCode: string | null;
            contacts: components["schemas"]["ContactsDto"];
            diagnoses: components["schemas"]["DiagnosisDto"][];
            notes: string | null;
            /** @description the whole history, withdrawn consents included */
            consents: components["schemas"]["ConsentDto"][];
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            erasedAt: string | null;
        };
        RegisterItemDto: {
            /** Format: uuid */
            id: string;
            /** @example П-000001 */
            code: string;
            /** @enum {string} */
            status: "active" | "inactive" | "erased";
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description the latest care not voided
             */
            lastCareAt: string | null;
            /** @description admins, staff and API keys only (absent for viewers); null once erased */
            fullName?: string | null;
            /**
             * Format: date
             * @description admins, staff and API keys only (absent for viewers)
             */
            birthDate?: string | null;
        };
        BeneficiaryPageDto: {
            items: components["schemas"]["RegisterItemDto"][];
            nextCursor: string | null;
        };
        BeneficiaryPatchInput: {
            fullName?: string;
            /** Format: date */
            birthDate?: string | null;
            /** @enum {string|null} */
            sex?: "female" | "male" | null;
            regionCode?: string | null;
            /** @description replaces the contacts as a whole */
            contacts?: components["schemas"]["ContactsInput"];
            /** @description replaces the list as a whole */
            diagnoses?: components["schemas"]["DiagnosisInput"][];
            notes?: string | null;
            /**
             * @description erasure is DELETE, not a status
             * @enum {string}
             */
            status?: "active" | "inactive";
            /** @description true keeps a new name or birth date although another registered person has the same name (words in any order, ё as е, any case) and birth date; without it that is a 409 naming their code */
            confirmDistinct?: boolean;
        };
        ExportedBeneficiaryDto: {
            /** Format: uuid */
            id: string;
            /** @example П-000001 */
            code: string;
            /** @enum {string} */
            status: "active" | "inactive" | "erased";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            erasedAt: string | null;
        };
        PersonalDataDto: {
            fullName: string;
            /** Format: date */
            birthDate: string | null;
            /** @enum {string|null} */
            sex: "female" | "male" | null;
            regionCode: string | null;
            contacts: components["schemas"]["ContactsDto"];
            diagnoses: components["schemas"]["DiagnosisDto"][];
            notes: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        ExportedCareLineDto: {
            /** Format: uuid */
            id: string;
            lineNo: number;
            /** Format: uuid */
            itemId: string;
            itemSku: string;
            itemName: string;
            unit: string;
            quantity: number;
            unitCostKopecks: number;
            costKopecks: number;
            /** Format: uuid */
            fundingSourceId: string | null;
        };
        ExportedCareEventDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            kind: string;
            note: string | null;
            /** Format: uuid */
            reversesEventId: string | null;
            voidReason: string | null;
            /** Format: date-time */
            createdAt: string;
            lines: components["schemas"]["ExportedCareLineDto"][];
        };
        ExportedNeedDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            itemId: string;
            itemName: string;
            unit: string;
            quantityPerMonth: number;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validTo: string | null;
        };
        AuthorDto: {
            /** @enum {string} */
            kind: "user" | "api_key";
            /**
             * Format: uuid
             * @description the user or API key
             */
            id: string;
        };
        CaseNoteVersionDto: {
            version: number;
            text: string;
            /** Format: date-time */
            notedAt: string;
            writtenBy: components["schemas"]["AuthorDto"];
            /** Format: date-time */
            writtenAt: string;
        };
        CaseNoteDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            beneficiaryId: string;
            /**
             * Format: date-time
             * @description when what the note tells happened
             */
            notedAt: string;
            text: string;
            /** @description who wrote the first version */
            author: components["schemas"]["AuthorDto"];
            /** @description 1, and one more for each edit */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description the texts the note held before, oldest first */
            previousVersions: components["schemas"]["CaseNoteVersionDto"][];
        };
        FollowUpDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            beneficiaryId: string;
            text: string;
            /** Format: date */
            dueOn: string;
            /**
             * Format: uuid
             * @description the member (user) who is to do it
             */
            assigneeId: string;
            createdBy: components["schemas"]["AuthorDto"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            doneAt: string | null;
        };
        BeneficiaryExportDto: {
            /** Format: date-time */
            exportedAt: string;
            beneficiary: components["schemas"]["ExportedBeneficiaryDto"];
            /** @description null once erased */
            personalData: components["schemas"]["PersonalDataDto"] | null;
            consents: components["schemas"]["ConsentDto"][];
            careEvents: components["schemas"]["ExportedCareEventDto"][];
            needs: components["schemas"]["ExportedNeedDto"][];
            /** @description newest first, each with its earlier texts */
            caseNotes: components["schemas"]["CaseNoteDto"][];
            followUps: components["schemas"]["FollowUpDto"][];
        };
        CaseNoteInput: {
            /** @example Позвонила мама: мазь заканчивается, нужна выдача на следующей неделе */
            text: string;
            /**
             * Format: date-time
             * @description when what the note tells happened; now when absent, kept on an edit when absent
             * @example 2026-11-27T15:30:00+03:00
             */
            notedAt?: string;
        };
        FollowUpInput: {
            /** @example Перезвонить маме и договориться о визите */
            text: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            dueOn: string;
            /**
             * Format: uuid
             * @description a member of the organisation (user id)
             */
            assigneeId: string;
        };
        FollowUpPatchInput: {
            text?: string;
            /** Format: date */
            dueOn?: string;
            /** Format: uuid */
            assigneeId?: string;
            /** @description true marks it done (now), false opens it again */
            done?: boolean;
        };
        AssignedFollowUpDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            beneficiaryId: string;
            text: string;
            /** Format: date */
            dueOn: string;
            /**
             * Format: uuid
             * @description the member (user) who is to do it
             */
            assigneeId: string;
            createdBy: components["schemas"]["AuthorDto"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            doneAt: string | null;
            /** @example П-000001 */
            beneficiaryCode: string;
            /** @description admins, staff and API keys only (absent for viewers) */
            fullName?: string | null;
        };
        AssignedFollowUpPageDto: {
            items: components["schemas"]["AssignedFollowUpDto"][];
            nextCursor: string | null;
        };
        CareLineInput: {
            /** Format: uuid */
            itemId: string;
            /**
             * @description greater than 0, at most 3 decimals
             * @example 3
             */
            quantity: number;
            /**
             * @description defaults to the item’s default unit cost
             * @example 45000
             */
            unitCostKopecks?: number;
            /** Format: uuid */
            fundingSourceId?: string;
        };
        CareEventInput: {
            /** Format: uuid */
            beneficiaryId: string;
            /**
             * Format: date-time
             * @description ISO 8601 with offset; not in the future
             */
            occurredAt: string;
            /** @enum {string} */
            kind: "delivery" | "consultation" | "home_visit" | "transport" | "legal_aid" | "other";
            note?: string;
            lines: components["schemas"]["CareLineInput"][];
        };
        CareLineDto: {
            /** Format: uuid */
            id: string;
            lineNo: number;
            /** Format: uuid */
            itemId: string;
            /** @description negative in a reversing entry */
            quantity: number;
            unitCostKopecks: number;
            costKopecks: number;
            /** Format: uuid */
            fundingSourceId: string | null;
        };
        CareEventDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            beneficiaryId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            kind: "delivery" | "consultation" | "home_visit" | "transport" | "legal_aid" | "other";
            note: string | null;
            /** Format: uuid */
            loggedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            reversesEventId: string | null;
            voidReason: string | null;
            /** Format: uuid */
            voidedByEventId: string | null;
            totalCostKopecks: number;
            lines: components["schemas"]["CareLineDto"][];
        };
        CareEventBatchInput: {
            events: components["schemas"]["CareEventInput"][];
        };
        BatchResultDto: {
            created: number;
            ids: string[];
        };
        CareEventPageDto: {
            items: components["schemas"]["CareEventDto"][];
            nextCursor: string | null;
        };
        VoidInput: {
            /** @example Ошибка ввода: выдано другому подопечному */
            reason: string;
        };
        NeedInput: {
            /** Format: uuid */
            itemId: string;
            /** @example 30 */
            quantityPerMonth: number;
            /**
             * Format: date
             * @example 2026-01-01
             */
            from: string;
            /** Format: date */
            to?: string;
        };
        NeedsInput: {
            needs: components["schemas"]["NeedInput"][];
        };
        NeedDto: {
            /** Format: uuid */
            itemId: string;
            quantityPerMonth: number;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string | null;
        };
        CoverageDto: {
            /** Format: uuid */
            itemId: string;
            needed: number;
            delivered: number;
            /** @description delivered / needed */
            coverage: number | null;
        };
        BeneficiaryCareDto: {
            /** Format: uuid */
            beneficiaryId: string;
            needs: components["schemas"]["NeedDto"][];
            coverage: components["schemas"]["CoverageDto"][];
            events: components["schemas"]["CareEventDto"][];
        };
        ReportRequestInput: {
            /** @enum {string} */
            type: "activity" | "funding_source" | "beneficiary_statement";
            /**
             * Format: date
             * @description first day, inclusive, in the organisation’s time zone (from its 00:00 local time)
             * @example 2026-10-01
             */
            periodFrom: string;
            /**
             * Format: date
             * @description last day, inclusive, in the organisation’s time zone (up to the next day’s 00:00 local time)
             * @example 2026-10-31
             */
            periodTo: string;
            /**
             * Format: uuid
             * @description required for a funding_source report
             */
            fundingSourceId?: string;
            /**
             * Format: uuid
             * @description required for a beneficiary_statement
             */
            beneficiaryId?: string;
            /** @enum {string} */
            language: "ru" | "en";
        };
        ReportDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "activity" | "funding_source" | "beneficiary_statement";
            /** @enum {string} */
            language: "ru" | "en";
            /** Format: date */
            periodFrom: string;
            /** Format: date */
            periodTo: string;
            /** Format: uuid */
            fundingSourceId: string | null;
            /** Format: uuid */
            beneficiaryId: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "ready" | "failed";
            progress: number;
            failureReason: string | null;
            sha256: string | null;
            pages: number | null;
            bytes: number | null;
            /** Format: date-time */
            requestedAt: string;
            /** Format: date-time */
            readyAt: string | null;
            /** Format: date-time */
            publishedAt: string | null;
            /** @description the report’s public page (PUBLIC_BASE_URL/reports/{id}) once published */
            publicUrl: string | null;
            /**
             * Format: uuid
             * @description the schedule that requested it; null when a person did
             */
            scheduleId: string | null;
        };
        ReportPageDto: {
            items: components["schemas"]["ReportDto"][];
            nextCursor: string | null;
        };
        ScheduleInput: {
            /** @enum {string} */
            cadence: "monthly" | "quarterly" | "yearly";
            /** @enum {string} */
            language: "ru" | "en";
            autoPublish: boolean;
            /**
             * Format: uuid
             * @description required for a funding_source schedule (one schedule per source), refused for activity
             */
            fundingSourceId?: string;
        };
        ScheduleDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "activity" | "funding_source";
            /** Format: uuid */
            fundingSourceId: string | null;
            /** @enum {string} */
            cadence: "monthly" | "quarterly" | "yearly";
            /** @enum {string} */
            language: "ru" | "en";
            autoPublish: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SchedulePageDto: {
            items: components["schemas"]["ScheduleDto"][];
            nextCursor: string | null;
        };
        ReportOrganisationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            regionCode: string;
        };
        PublicReportDto: {
            /** Format: uuid */
            id: string;
            type: string;
            language: string;
            /** Format: date */
            periodFrom: string;
            /** Format: date */
            periodTo: string;
            organisation: components["schemas"]["ReportOrganisationDto"];
            sha256: string;
            pages: number;
            bytes: number;
            /** Format: date-time */
            publishedAt: string;
            fileUrl: string;
            /**
             * @description withdrawn: its organisation is suspended, so the file answers 410
             * @enum {string}
             */
            status: "published" | "withdrawn";
            /** Format: date-time */
            withdrawnAt: string | null;
        };
        PublicReportPageDto: {
            items: components["schemas"]["PublicReportDto"][];
            nextCursor: string | null;
        };
        ReportNumberDto: {
            /**
             * @description genuine_unpublished: a report CareLedger made, never published; unknown: no report has the number
             * @enum {string}
             */
            status: "genuine_published" | "genuine_unpublished" | "withdrawn" | "unknown";
            /** @description the report, when published or withdrawn */
            report?: components["schemas"]["PublicReportDto"];
        };
        VerificationOrganisationDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        VerificationDto: {
            /**
             * @description genuine_unpublished: made by CareLedger from the organisation’s ledger, not published; withdrawn: published, but its organisation is suspended
             * @enum {string}
             */
            status: "genuine_published" | "genuine_unpublished" | "withdrawn" | "unknown";
            /** @description true only for genuine_published (the first form of this answer) */
            valid: boolean;
            /** Format: uuid */
            reportId?: string;
            /** @enum {string} */
            type?: "activity" | "funding_source" | "beneficiary_statement";
            /** Format: date */
            periodFrom?: string;
            /** Format: date */
            periodTo?: string;
            organisation?: components["schemas"]["VerificationOrganisationDto"];
            /** Format: date-time */
            publishedAt?: string;
            /** Format: date-time */
            withdrawnAt?: string;
        };
        UnitQuantityDto: {
            /** @example kg */
            unit: string;
            /** @example 2.5 */
            quantity: number | null;
        };
        CategoryFigureDto: {
            category: string;
            spendKopecks: number | null;
            /** @description the category’s quantity per unit */
            quantities: components["schemas"]["UnitQuantityDto"][];
        };
        FundingFigureDto: {
            fundingKind: string;
            spendKopecks: number | null;
            share: number | null;
        };
        MonthFigureDto: {
            /** @example 2026-10 */
            month: string;
            beneficiariesServed: number | null;
            careEvents: number | null;
            spendKopecks: number | null;
        };
        OrganisationMetricsDto: {
            /** Format: uuid */
            organisationId: string;
            year: number;
            beneficiariesServed: number | null;
            careEvents: number | null;
            spendKopecks: number | null;
            costPerBeneficiaryKopecks: number | null;
            itemsByCategory: components["schemas"]["CategoryFigureDto"][];
            spendByFundingKind: components["schemas"]["FundingFigureDto"][];
            reportsPublished: number;
            months: components["schemas"]["MonthFigureDto"][];
            /** @description withheld figures (fewer than k people behind them) */
            suppressed: string[];
        };
        PublicOrganisationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            regionCode: string;
            legalForm: string | null;
            metrics: components["schemas"]["OrganisationMetricsDto"][];
        };
        RegionOrganisationFiguresDto: {
            beneficiariesServed: number | null;
            careEvents: number | null;
            spendKopecks: number | null;
            /** Format: uuid */
            organisationId: string;
            name: string;
        };
        RegionMonthDto: {
            beneficiariesServed: number | null;
            careEvents: number | null;
            spendKopecks: number | null;
            /** @example 2026-03 */
            month: string;
        };
        RegionCategoryDto: {
            category: string;
            beneficiariesServed: number | null;
            spendKopecks: number | null;
            /** @description the category’s quantity per unit */
            quantities: components["schemas"]["UnitQuantityDto"][];
        };
        RegionFundingDto: {
            fundingKind: string;
            beneficiariesServed: number | null;
            spendKopecks: number | null;
        };
        RegionStatsDto: {
            beneficiariesServed: number | null;
            careEvents: number | null;
            spendKopecks: number | null;
            regionCode: string;
            year: number;
            population: number | null;
            organisations: number;
            spendPerResidentKopecks: number | null;
            perOrganisation: components["schemas"]["RegionOrganisationFiguresDto"][];
            perMonth: components["schemas"]["RegionMonthDto"][];
            itemsByCategory: components["schemas"]["RegionCategoryDto"][];
            spendByFundingKind: components["schemas"]["RegionFundingDto"][];
            suppressed: string[];
        };
        AuthorityMonthDto: {
            month: string;
            beneficiariesServed: number | null;
            careEvents: number | null;
        };
        AuthorityOrganisationDto: {
            /** Format: uuid */
            organisationId: string;
            name: string;
            beneficiariesServed: number | null;
            careEvents: number | null;
            spendKopecks: number | null;
            months: components["schemas"]["AuthorityMonthDto"][];
        };
        AuthorityRegionStatsDto: {
            beneficiariesServed: number | null;
            careEvents: number | null;
            spendKopecks: number | null;
            regionCode: string;
            year: number;
            population: number | null;
            organisations: number;
            spendPerResidentKopecks: number | null;
            perOrganisation: components["schemas"]["RegionOrganisationFiguresDto"][];
            perMonth: components["schemas"]["RegionMonthDto"][];
            itemsByCategory: components["schemas"]["RegionCategoryDto"][];
            spendByFundingKind: components["schemas"]["RegionFundingDto"][];
            suppressed: string[];
            byOrganisation: components["schemas"]["AuthorityOrganisationDto"][];
        };
        MeasureTotalsDto: {
            beneficiariesServed: number;
            careEvents: number;
            spendKopecks: number;
        };
        NationalMonthDto: {
            beneficiariesServed: number;
            careEvents: number;
            spendKopecks: number;
            /** @example 2026-03 */
            month: string;
        };
        NationalFiguresDto: {
            beneficiariesServed: number;
            careEvents: number;
            spendKopecks: number;
            year: number;
            /** @description regions summed: every region of the reference data */
            regions: number;
            /** @description the sum of the regions’ latest known populations */
            population: number;
            /** @description organisations counted in public figures */
            organisations: number;
            /** @description per measure, the regions whose total is withheld and so left out of the sum */
            withheldRegions: components["schemas"]["MeasureTotalsDto"];
            /** @description each month summed over the regions that publish it */
            perMonth: components["schemas"]["NationalMonthDto"][];
        };
        LeagueCoverageDto: {
            /** @description verified, active organisations on the platform */
            csosOnPlatform: number | null;
            /** @description registered CSOs (external indicator registered_csos) */
            registeredCsos: number | null;
            /** @description csosOnPlatform / registeredCsos */
            share: number | null;
        };
        LeagueRowDto: {
            rank: number | null;
            regionCode: string;
            regionName: string;
            /** @description unrounded, so the ranks follow from it exactly; round to 1 decimal for display */
            score: number | null;
            /** @enum {string|null} */
            tier: "A" | "B" | "C" | "D" | null;
            /** @description 5th and 95th percentile rank over Monte Carlo draws */
            rankInterval: number[] | null;
            pillars: {
                [key: string]: number | null;
            };
            ranked: boolean;
            reason?: string;
            /** @description how much of the region the platform sees */
            coverage?: components["schemas"]["LeagueCoverageDto"];
        };
        LeagueTableDto: {
            year: number;
            methodologyVersion: number;
            /** Format: date-time */
            computedAt: string;
            rows: components["schemas"]["LeagueRowDto"][];
        };
        LocalisedNameDto: {
            ru: string;
            en: string;
        };
        PillarStandingDto: {
            /** @example A */
            id: string;
            name: components["schemas"]["LocalisedNameDto"];
            /** @description the region’s pillar score, 0–100 */
            score: number | null;
            /** @description the median of the pillar over the ranked regions */
            nationalMedian: number | null;
        };
        GrowthPointDto: {
            /** @example A1 */
            indicator: string;
            name: components["schemas"]["LocalisedNameDto"];
            unit: string;
            /**
             * @description 1: to be raised; -1: to be lowered
             * @enum {number}
             */
            direction: 1 | -1;
            /** @description the region’s value, from the published inputs */
            value: number;
            /** @description the median over the ranked regions */
            median: number;
            /** @description how far the region trails the median, in the indicator’s unit (always > 0) */
            gap: number;
            /** @description the gap over the spread (max − min) of the ranked regions’ values, 0–1 */
            normalisedGap: number;
        };
        RegionLeagueDto: {
            year: number;
            methodologyVersion: number;
            /** Format: date-time */
            computedAt: string;
            /** @description how many regions the table ranks */
            rankedRegions: number;
            row: components["schemas"]["LeagueRowDto"];
            pillars: components["schemas"]["PillarStandingDto"][];
            /** @description up to 3 indicators where the region trails the median of the ranked regions most (by normalisedGap); none for a region not ranked */
            growthPoints: components["schemas"]["GrowthPointDto"][];
        };
        FrontierGoalpostsDto: {
            min: number;
            /**
             * @description the largest adjusted value among eligible regions
             * @enum {string}
             */
            max: "frontier";
        };
        ExternalSourceDto: {
            /** @description the uploaded indicator, as in the upload’s `indicator` column */
            indicator: string;
            /** @description value = uploaded value / population × perResidents */
            perResidents: number;
        };
        IndicatorDefinitionDto: {
            /** @example A1 */
            id: string;
            name: components["schemas"]["LocalisedNameDto"];
            /**
             * @description 1: more is better; -1: less is better
             * @enum {number}
             */
            direction: 1 | -1;
            /** @description a share of a count, shrunk towards the national mean */
            proportion: boolean;
            /** @description fixed [min, max], or a fixed min and the frontier; values outside are clipped */
            goalposts: number[] | components["schemas"]["FrontierGoalpostsDto"];
            unit: string;
            external?: components["schemas"]["ExternalSourceDto"];
        };
        PillarDefinitionDto: {
            /** @example A */
            id: string;
            name: components["schemas"]["LocalisedNameDto"];
            weight: number;
            indicators: components["schemas"]["IndicatorDefinitionDto"][];
        };
        TierThresholdDto: {
            /** @enum {string} */
            tier: "A" | "B" | "C" | "D";
            min: number;
        };
        WinsorisationDto: {
            skewness: number;
            kurtosis: number;
            maxValues: number;
        };
        MonteCarloSettingsDto: {
            draws: number;
            weightJitter: number;
            seed: number;
        };
        ExternalIndicatorUseDto: {
            indicator: string;
            use: string;
        };
        GeneratorDto: {
            name: string;
            seed: number;
            draws: number;
            /** @description its source, as run */
            definition: string;
        };
        CsvColumnDto: {
            name: string;
            meaning: string;
            unit: string;
        };
        CsvColumnsDto: {
            inputs: components["schemas"]["CsvColumnDto"][];
            results: components["schemas"]["CsvColumnDto"][];
        };
        RecomputationGuideDto: {
            referenceImplementation: string;
            externalIndicators: components["schemas"]["ExternalIndicatorUseDto"][];
            inputs: string;
            generator: components["schemas"]["GeneratorDto"];
            steps: string[];
            shrinkageTarget: string;
            monteCarlo: string[];
            formulas: {
                [key: string]: string;
            };
            rounding: {
                [key: string]: string;
            };
            columns: components["schemas"]["CsvColumnsDto"];
        };
        LeagueMethodologyDto: {
            version: number;
            pillars: components["schemas"]["PillarDefinitionDto"][];
            /** @description the first tier whose min the score reaches */
            tiers: components["schemas"]["TierThresholdDto"][];
            /** @description regions with fewer active CSOs are not ranked */
            minActiveCsos: number;
            /** @description m in the shrinkage weight n / (n + m) */
            shrinkageStrength: number;
            winsorisation: components["schemas"]["WinsorisationDto"];
            monteCarlo: components["schemas"]["MonteCarloSettingsDto"];
            recomputation: components["schemas"]["RecomputationGuideDto"];
        };
        LeagueRecomputeDto: {
            /** Format: uuid */
            id: string;
            year: number;
            /** @enum {string} */
            status: "requested" | "running" | "done" | "failed";
            /** Format: date-time */
            requestedAt: string;
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            failureReason: string | null;
        };
        FundingSourceInput: {
            /** @example Грант на паллиативную помощь 2026 */
            name: string;
            /** @example Фонд президентских грантов */
            funderName: string;
            /** @enum {string} */
            kind: "presidential_grant" | "government_grant" | "government_contract" | "business" | "individual_donations" | "commercial_services" | "own_funds" | "other";
            /**
             * @description the amount granted, in kopecks
             * @example 150000000
             */
            amountKopecks?: number;
            /**
             * Format: date
             * @example 2026-01-01
             */
            periodFrom?: string;
            /**
             * Format: date
             * @description not before periodFrom
             * @example 2026-12-31
             */
            periodTo?: string;
        };
        FundingSourceDto: {
            /** Format: uuid */
            id: string;
            name: string;
            funderName: string;
            /** @enum {string} */
            kind: "presidential_grant" | "government_grant" | "government_contract" | "business" | "individual_donations" | "commercial_services" | "own_funds" | "other";
            amountKopecks: number | null;
            /** Format: date */
            periodFrom: string | null;
            /** Format: date */
            periodTo: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FundingSourcePageDto: {
            items: components["schemas"]["FundingSourceDto"][];
            nextCursor: string | null;
        };
        FundingSourcePatchInput: {
            name?: string;
            funderName?: string;
            /** @enum {string} */
            kind?: "presidential_grant" | "government_grant" | "government_contract" | "business" | "individual_donations" | "commercial_services" | "own_funds" | "other";
            amountKopecks?: number | null;
            /** Format: date */
            periodFrom?: string | null;
            /** Format: date */
            periodTo?: string | null;
        };
        ItemInput: {
            /**
             * @description unique in the organisation
             * @example MED-BEPANTHEN-30
             */
            sku: string;
            /** @example Бепантен мазь 30 г */
            name: string;
            /** @enum {string} */
            unit: "tube" | "pack" | "piece" | "hour" | "visit" | "kg" | "g" | "l" | "ml" | "pair" | "set" | "course" | "day" | "night";
            /**
             * @description service and transport items have no stock
             * @enum {string}
             */
            category: "medication" | "dressing" | "hygiene" | "nutrition" | "equipment" | "service" | "transport" | "other";
            /**
             * @description kopecks per unit
             * @example 45000
             */
            defaultUnitCostKopecks: number;
        };
        ItemDto: {
            /** Format: uuid */
            id: string;
            sku: string;
            name: string;
            /** @enum {string} */
            unit: "tube" | "pack" | "piece" | "hour" | "visit" | "kg" | "g" | "l" | "ml" | "pair" | "set" | "course" | "day" | "night";
            /**
             * @description decimals a quantity may have: whole pairs, sets, courses, days and nights; thousandths otherwise
             * @enum {number}
             */
            quantityDecimals: 0 | 3;
            /** @enum {string} */
            category: "medication" | "dressing" | "hygiene" | "nutrition" | "equipment" | "service" | "transport" | "other";
            defaultUnitCostKopecks: number;
            /** @description false for services and transport: they have no stock */
            stocked: boolean;
            archived: boolean;
            /** Format: date-time */
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ItemPageDto: {
            items: components["schemas"]["ItemDto"][];
            nextCursor: string | null;
        };
        ItemPatchInput: {
            sku?: string;
            name?: string;
            /** @enum {string} */
            unit?: "tube" | "pack" | "piece" | "hour" | "visit" | "kg" | "g" | "l" | "ml" | "pair" | "set" | "course" | "day" | "night";
            /** @enum {string} */
            category?: "medication" | "dressing" | "hygiene" | "nutrition" | "equipment" | "service" | "transport" | "other";
            defaultUnitCostKopecks?: number;
            /** @description true archives the item, false restores it */
            archived?: boolean;
        };
        StockLevelDto: {
            /** Format: uuid */
            itemId: string;
            sku: string;
            name: string;
            /** @enum {string} */
            unit: "tube" | "pack" | "piece" | "hour" | "visit" | "kg" | "g" | "l" | "ml" | "pair" | "set" | "course" | "day" | "night";
            /** @enum {string} */
            category: "medication" | "dressing" | "hygiene" | "nutrition" | "equipment" | "service" | "transport" | "other";
            balance: number;
            /** @description at moving average cost */
            valueKopecks: number;
        };
        StockLevelPageDto: {
            items: components["schemas"]["StockLevelDto"][];
            nextCursor: string | null;
        };
        MovementInput: {
            /** Format: uuid */
            itemId: string;
            /**
             * @description issues come from care events
             * @enum {string}
             */
            kind: "receipt" | "adjustment" | "write_off";
            /**
             * @description at most 3 decimals, greater than 0; an adjustment may be negative (not 0)
             * @example 12
             */
            quantity: number;
            /**
             * @description receipts only: kopecks per unit; the item’s default when absent
             * @example 45000
             */
            unitCostKopecks?: number;
            /** Format: uuid */
            fundingSourceId?: string;
            /**
             * Format: date-time
             * @description not in the future
             * @example 2026-03-02T10:15:00+03:00
             */
            occurredAt: string;
            note?: string;
        };
        RecordedMovementDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            itemId: string;
            /** @enum {string} */
            kind: "receipt" | "issue" | "adjustment" | "write_off" | "return";
            /** @description signed: into stock positive, out of stock negative */
            quantity: number;
            /** @description the given cost, or the average cost it moved at */
            unitCostKopecks: number | null;
            /** Format: uuid */
            fundingSourceId: string | null;
            /** Format: uuid */
            careEventId: string | null;
            /** Format: date-time */
            occurredAt: string;
            note: string | null;
            /** Format: uuid */
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description the item’s balance after this movement */
            balance: number;
            /** @description the value of that balance at moving average cost */
            balanceValueKopecks: number;
        };
        MovementDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            itemId: string;
            /** @enum {string} */
            kind: "receipt" | "issue" | "adjustment" | "write_off" | "return";
            /** @description signed: into stock positive, out of stock negative */
            quantity: number;
            /** @description the given cost, or the average cost it moved at */
            unitCostKopecks: number | null;
            /** Format: uuid */
            fundingSourceId: string | null;
            /** Format: uuid */
            careEventId: string | null;
            /** Format: date-time */
            occurredAt: string;
            note: string | null;
            /** Format: uuid */
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        MovementPageDto: {
            items: components["schemas"]["MovementDto"][];
            nextCursor: string | null;
        };
        FieldErrorDto: {
            /**
             * @description the input field, path or header at fault
             * @example organisation.regionCode
             */
            field: string;
            /** @example is not a known region code (99) */
            message: string;
        };
        ProblemDto: {
            /** @example https://careledger.example/problems/validation */
            type: string;
            /**
             * @description in the language of Accept-Language (en, ru)
             * @example Bad request
             */
            title: string;
            /** @example 400 */
            status: number;
            /** @example organisation.regionCode: is not a known region code (99) */
            detail: string;
            /** @description each bad field of a 400 */
            errors?: components["schemas"]["FieldErrorDto"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessDto"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description PostgreSQL or Redis unreachable (named in detail) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MetricsController_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description no token or a wrong one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description METRICS_TOKEN is not set */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicRegionsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description opaque cursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionPageDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicRegionsController_organisations: {
        parameters: {
            query?: {
                limit?: number;
                /** @description opaque cursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionOrganisationPageDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such region */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_register: {
        parameters: {
            query?: never;
            header: {
                "accept-language": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterInput"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationSentDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_verifyEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description web: the browser app. Its refresh token is set in (and read from) the httpOnly, SameSite=Strict cookie careledger_refresh (Path=/api/v1/auth), and left out of the body */
                "X-CareLedger-Client"?: "web";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyEmailInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokensDto"];
                };
            };
            /** @description the token was used, replaced by a newer link or has expired */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_resendVerification: {
        parameters: {
            query?: never;
            header: {
                "accept-language": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailInput"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationSentDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_requestPasswordReset: {
        parameters: {
            query?: never;
            header: {
                "accept-language": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailInput"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetSentDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmInput"];
            };
        };
        responses: {
            /** @description the password is set; every session has ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the token is not valid, or the password is too easy to guess */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: {
                /** @description web: the browser app. Its refresh token is set in (and read from) the httpOnly, SameSite=Strict cookie careledger_refresh (Path=/api/v1/auth), and left out of the body */
                "X-CareLedger-Client"?: "web";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokensDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description wrong email or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the right password, but the email address is not verified yet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many failed attempts for this account or address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description web: the browser app. Its refresh token is set in (and read from) the httpOnly, SameSite=Strict cookie careledger_refresh (Path=/api/v1/auth), and left out of the body */
                "X-CareLedger-Client"?: "web";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokensDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the refresh token is not valid, spent or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description web: the browser app. Its refresh token is set in (and read from) the httpOnly, SameSite=Strict cookie careledger_refresh (Path=/api/v1/auth), and left out of the body */
                "X-CareLedger-Client"?: "web";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshInput"];
            };
        };
        responses: {
            /** @description the family is revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the refresh token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description no or bad token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AccountController_changePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description web: the browser app. Its refresh token is set in (and read from) the httpOnly, SameSite=Strict cookie careledger_refresh (Path=/api/v1/auth), and left out of the body */
                "X-CareLedger-Client"?: "web";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChangeInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokensDto"];
                };
            };
            /** @description wrong current password, or a new one that is too easy to guess */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many wrong current passwords, counted as failed logins */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AccountController_signOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every session has ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no or bad token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganisationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the read access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganisationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisationPatch"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the admin access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganisationsController_putProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the admin access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MembersController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description opaque cursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPageDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the admin access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MembersController_invite: {
        parameters: {
            query?: never;
            header: {
                "accept-language": string;
                /** @description same key and body: the first answer is replayed; kept 24 hours, per caller and organisation */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberInvitationInput"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationReceiptDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the admin access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a request with this Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description this Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MembersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the admin access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the last admin cannot be removed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MembersController_changeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberRoleInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the admin access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the last admin cannot be demoted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganisationInvitationsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description opaque cursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationInvitationPageDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the admin access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganisationInvitationsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the admin access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MyInvitationsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description opaque cursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteeInvitationPageDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MyInvitationsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedInvitationDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such invitation for this email, or revoked */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description already accepted or declined, or expired */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MyInvitationsController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description declined */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such invitation for this email, or revoked */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description already accepted or declined, or expired */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MyInvitationsController_acceptAsNewcomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description web: the browser app. Its refresh token is set in (and read from) the httpOnly, SameSite=Strict cookie careledger_refresh (Path=/api/v1/auth), and left out of the body */
                "X-CareLedger-Client"?: "web";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewcomerInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewcomerSessionDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the organisation is suspended */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not a current invitation link */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the email has an account (sign in and accept under /me/invitations), or the invitation is answered or expired */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiKeysController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description opaque cursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPageDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the admin access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiKeysController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description same key and body: the first answer is replayed; kept 24 hours, per caller and organisation */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewApiKeyInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the admin access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a request with this Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description this Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiKeysController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the admin access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description opaque cursor from the previous page */
                cursor?: string;
                entityId?: string;
                actorId?: string;
                action?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the admin access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerificationDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the admin access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlatformRolesController_grant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlatformRoleInput"];
            };
        };
        responses: {
            /** @description granted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the platform_admin platform role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlatformRolesController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                role: "platform_admin" | "authority";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description taken away */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the platform_admin platform role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlatformRoleHoldersController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description opaque cursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformRoleHolderPageDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the platform_admin platform role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlatformRoleHoldersController_invite: {
        parameters: {
            query?: never;
            header: {
                "accept-language": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlatformRoleInvitationInput"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationReceiptDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the platform_admin platform role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminUsersController_find: {
        parameters: {
            query: {
                /** @description the whole address, in any case */
                email: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformUserListDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the platform_admin platform role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminUserStatusController_setStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountStatusInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountStatusDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the platform_admin platform role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminOrganisationsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description opaque cursor from the previous page */
                cursor?: string;
                status?: "active" | "suspended";
                /** @description false: organisations awaiting verification */
                verified?: boolean;
                regionCode?: string;
                /** @description part of the name, any case */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminOrganisationPageDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the platform_admin platform role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminOrganisationsController_setStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisationStatusInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminOrganisationDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the platform_admin platform role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminOrganisationsController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyOrganisationInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminOrganisationDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the platform_admin platform role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminOrganisationsController_unverify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnverifyOrganisationInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminOrganisationDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the platform_admin platform role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminPopulationsController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PopulationInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PopulationDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the platform_admin platform role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such region */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminExternalIndicatorsController_replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalIndicatorsUploadDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the platform_admin platform role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BeneficiariesController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description opaque cursor from the previous page */
                cursor?: string;
                /** @description finds a person whose name holds every word in any order (case and ё/е ignored), whose code holds the text, whose phone holds the digits (+7 or 8 ignored), or whose birth date it is (23.04.2015 or 2015-04-23); audited */
                q?: string;
                status?: "active" | "inactive" | "erased";
                /** @description name (erased people, who have none, first), code, registeredAt, or lastCare (the latest care not voided; never cared for first); ties by id */
                sort?: "code" | "name" | "registeredAt" | "lastCare";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BeneficiaryPageDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the read access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BeneficiariesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description same key and body: the first answer is replayed; kept 24 hours, per caller and organisation */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewBeneficiaryInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BeneficiaryDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the write access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the code is already used in this organisation, or a person with the same name and birth date is registered (the answer names the code; confirmDistinct: true registers anyway) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description this Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BeneficiariesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                beneficiaryId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BeneficiaryDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the read access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BeneficiariesController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                beneficiaryId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description erased */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the admin access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BeneficiariesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                beneficiaryId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BeneficiaryPatchInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BeneficiaryDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the write access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the beneficiary has been erased, or the new name and birth date are another registered person’s (the answer names the code; confirmDistinct: true keeps them anyway) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BeneficiariesController_giveConsent: {
        parameters: {
            query?: never;
            header?: {
                /** @description same key and body: the first answer is replayed; kept 24 hours, per caller and organisation */
                "Idempotency-Key"?: string;
            };
            path: {
                beneficiaryId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the write access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a consent of this scope is in force, or the beneficiary is erased */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description this Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BeneficiariesController_withdrawConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                beneficiaryId: string;
                consentId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the write access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the consent has already been withdrawn */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BeneficiariesController_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                beneficiaryId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BeneficiaryExportDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the admin access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CaseworkController_notes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                beneficiaryId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseNoteDto"][];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the read access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CaseworkController_addNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description same key and body: the first answer is replayed; kept 24 hours, per caller and organisation */
                "Idempotency-Key"?: string;
            };
            path: {
                beneficiaryId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseNoteInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseNoteDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the write access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the beneficiary’s personal data has been erased */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description this Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CaseworkController_editNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                beneficiaryId: string;
                noteId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseNoteInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseNoteDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the write access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the beneficiary’s personal data has been erased */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CaseworkController_followUps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                beneficiaryId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpDto"][];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the read access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CaseworkController_addFollowUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description same key and body: the first answer is replayed; kept 24 hours, per caller and organisation */
                "Idempotency-Key"?: string;
            };
            path: {
                beneficiaryId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the write access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the beneficiary’s personal data has been erased */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description this Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CaseworkController_updateFollowUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                beneficiaryId: string;
                followUpId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpPatchInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the write access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the beneficiary’s personal data has been erased */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MyFollowUpsController_mine: {
        parameters: {
            query?: {
                limit?: number;
                /** @description opaque cursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignedFollowUpPageDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the read access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CareEventsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description opaque cursor from the previous page */
                cursor?: string;
                beneficiaryId?: string;
                /** @description first day, inclusive, in the organisation’s time zone: from its 00:00 local time */
                from?: string;
                /** @description last day, inclusive, in the organisation’s time zone: up to the next day’s 00:00 local time */
                to?: string;
                kind?: "delivery" | "consultation" | "home_visit" | "transport" | "legal_aid" | "other";
                fundingSourceId?: string;
            };
            header?: never;
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareEventPageDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the read access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CareEventsController_create: {
        parameters: {
            query?: never;
            header: {
                /** @description same key and body: the first answer is replayed; kept 24 hours, per caller and organisation */
                "Idempotency-Key": string;
            };
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CareEventInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareEventDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the write access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no care consent in force, stock short now or at a later moment, funding source outside its period, or the Idempotency-Key is in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description this Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CareEventsController_createBatch: {
        parameters: {
            query?: never;
            header: {
                /** @description same key and body: the first answer is replayed; kept 24 hours, per caller and organisation */
                "Idempotency-Key": string;
            };
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CareEventBatchInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResultDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the write access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no care consent in force, stock short now or at a later moment, funding source outside its period, or the Idempotency-Key is in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description this Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CareEventsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareEventDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the read access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CareEventsController_void: {
        parameters: {
            query?: never;
            header?: {
                /** @description same key and body: the first answer is replayed; kept 24 hours, per caller and organisation */
                "Idempotency-Key"?: string;
            };
            path: {
                eventId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoidInput"];
            };
        };
        responses: {
            /** @description the reversing entry */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareEventDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the write access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the event is already voided, or is itself a reversal */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description this Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NeedsController_replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                beneficiaryId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NeedsInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedDto"][];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the write access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NeedsController_care: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                beneficiaryId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BeneficiaryCareDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the read access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description opaque cursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportPageDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the read access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_request: {
        parameters: {
            query?: never;
            header?: {
                /** @description same key and body: the first answer is replayed; kept 24 hours, per caller and organisation */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportRequestInput"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the write access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a request with this Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description this Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reportId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the read access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reportId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the read access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not ready yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reportId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the admin access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not ready, or never publishable (personal data, no funding source) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                type: "activity" | "funding_source";
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the admin access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_removeSchedule: {
        parameters: {
            query?: {
                /** @description the source of a funding_source schedule */
                fundingSourceId?: string;
            };
            header?: never;
            path: {
                type: "activity" | "funding_source";
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the admin access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_schedulesList: {
        parameters: {
            query?: {
                limit?: number;
                /** @description opaque cursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchedulePageDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the read access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicReportsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description opaque cursor from the previous page */
                cursor?: string;
                orgId?: string;
                regionCode?: string;
                year?: number;
                type?: "activity" | "funding_source" | "beneficiary_statement";
                /** @description reports whose period ends on or after this day */
                from?: string;
                /** @description reports whose period starts on or before this day */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicReportPageDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicReportsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicReportDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such published report */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicReportsController_byNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportNumberDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicReportsController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the published PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such published report */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description withdrawn: its organisation has been suspended */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicReportsController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string | {
                    /** Format: binary */
                    file: string;
                };
                "multipart/form-data": string | {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StatisticsController_organisationMetrics: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationMetricsDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the read access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StatisticsController_publicOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicOrganisationDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such organisation, or not verified */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StatisticsController_publicRegion: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionStatsDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such region */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StatisticsController_authorityRegion: {
        parameters: {
            query: {
                year: number;
                granularity?: "month";
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorityRegionStatsDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not an authority for this region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such region */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NationalFiguresController_figures: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalFiguresDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LeagueController_table: {
        parameters: {
            query?: {
                /** @description the latest computed year when left out */
                year?: number;
                /** @description methodology version; the current one when left out */
                methodology?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeagueTableDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no league table computed for the year */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LeagueController_region: {
        parameters: {
            query?: {
                /** @description the latest computed year when left out */
                year?: number;
                /** @description methodology version; the current one when left out */
                methodology?: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionLeagueDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no league table computed for the year, or no such region in it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LeagueController_methodology: {
        parameters: {
            query?: {
                /** @description methodology version; the current one when left out */
                version?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeagueMethodologyDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such methodology version */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LeagueController_inputs: {
        parameters: {
            query?: {
                /** @description the latest computed year when left out */
                year?: number;
                /** @description methodology version; the current one when left out */
                methodology?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one row per region; the columns are described by the methodology’s `recomputation.columns` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no league table computed for the year */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LeagueController_results: {
        parameters: {
            query?: {
                /** @description the latest computed year when left out */
                year?: number;
                /** @description methodology version; the current one when left out */
                methodology?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one row per region; the columns are described by the methodology’s `recomputation.columns` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no league table computed for the year */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LeagueController_recompute: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeagueRecomputeDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the platform_admin platform role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LeagueController_recomputeState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeagueRecomputeDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the platform_admin platform role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such recompute request */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LeagueController_recomputeJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeagueRecomputeDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the platform_admin platform role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no such recompute request */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FundingSourcesController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description opaque cursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingSourcePageDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the read access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FundingSourcesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description same key and body: the first answer is replayed; kept 24 hours, per caller and organisation */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FundingSourceInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingSourceDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the admin access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description a request with this Idempotency-Key is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description this Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FundingSourcesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingSourceDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the read access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FundingSourcesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FundingSourcePatchInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingSourceDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the admin access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ItemsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description opaque cursor from the previous page */
                cursor?: string;
                category?: "medication" | "dressing" | "hygiene" | "nutrition" | "equipment" | "service" | "transport" | "other";
                includeArchived?: boolean;
            };
            header?: never;
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemPageDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the read access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ItemsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description same key and body: the first answer is replayed; kept 24 hours, per caller and organisation */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the admin access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the sku is already used in this organisation */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description this Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ItemsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the read access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ItemsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemPatchInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the admin access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the sku is already used in this organisation */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StockController_levels: {
        parameters: {
            query?: {
                limit?: number;
                /** @description opaque cursor from the previous page */
                cursor?: string;
                category?: "medication" | "dressing" | "hygiene" | "nutrition" | "equipment" | "service" | "transport" | "other";
            };
            header?: never;
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockLevelPageDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the read access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StockController_movements: {
        parameters: {
            query?: {
                limit?: number;
                /** @description opaque cursor from the previous page */
                cursor?: string;
                itemId?: string;
                /** @description occurredAt from, inclusive */
                from?: string;
                /** @description occurredAt to, exclusive */
                to?: string;
            };
            header?: never;
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MovementPageDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the read access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StockController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description same key and body: the first answer is replayed; kept 24 hours, per caller and organisation */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description the organisation (tenant) */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MovementInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedMovementDto"];
                };
            };
            /** @description invalid input: `errors[].field` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description no or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description needs the write access level */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or not this caller’s organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not enough in stock, or the item is archived */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the body is not of a media type the route takes */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description this Idempotency-Key was used with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many requests from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}
