/**
 * Generated from the API's OpenAPI schema by `make api-types` (drf-spectacular, then openapi-typescript).
 * Do not edit: change the serializers and regenerate. `make lint` fails when this file is out of date.
 */

export interface paths {
    "/api/v1/auth/password/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description An invited person sets their password with their one-time link's uid and token (no sign-in needed). */
        post: operations["v1_auth_password_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Browser sign-in: GET tells who is signed in (nobody is an answer, not an error) and sets the CSRF cookie,
         *     POST signs in, DELETE signs out.
         */
        get: operations["v1_auth_session_retrieve"];
        put?: never;
        /**
         * @description Browser sign-in: GET tells who is signed in (nobody is an answer, not an error) and sets the CSRF cookie,
         *     POST signs in, DELETE signs out.
         */
        post: operations["v1_auth_session_create"];
        /** @description Signs out: ends the browser session, and revokes the API token if a token authenticates the request. */
        delete: operations["v1_auth_session_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/token/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description Scripts trade a username and password for an API token (send it as `Authorization: Token <key>`), and
         *     revoke it when done.
         */
        post: operations["v1_auth_token_create"];
        /** @description Revokes the API token that authenticates this request (401 without one). */
        delete: operations["v1_auth_token_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/baselines/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Saved copies of a launch's computed dates: the timeline compares each task with the current one, and
         *     readiness lists what slipped. Everyone signed in reads; the office saves, renames, picks the current one
         *     and deletes. A launch that becomes ready gets one by itself.
         */
        get: operations["v1_baselines_list"];
        put?: never;
        /**
         * @description Saved copies of a launch's computed dates: the timeline compares each task with the current one, and
         *     readiness lists what slipped. Everyone signed in reads; the office saves, renames, picks the current one
         *     and deletes. A launch that becomes ready gets one by itself.
         */
        post: operations["v1_baselines_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/baselines/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Saved copies of a launch's computed dates: the timeline compares each task with the current one, and
         *     readiness lists what slipped. Everyone signed in reads; the office saves, renames, picks the current one
         *     and deletes. A launch that becomes ready gets one by itself.
         */
        get: operations["v1_baselines_retrieve"];
        /**
         * @description Saved copies of a launch's computed dates: the timeline compares each task with the current one, and
         *     readiness lists what slipped. Everyone signed in reads; the office saves, renames, picks the current one
         *     and deletes. A launch that becomes ready gets one by itself.
         */
        put: operations["v1_baselines_update"];
        post?: never;
        /**
         * @description Saved copies of a launch's computed dates: the timeline compares each task with the current one, and
         *     readiness lists what slipped. Everyone signed in reads; the office saves, renames, picks the current one
         *     and deletes. A launch that becomes ready gets one by itself.
         */
        delete: operations["v1_baselines_destroy"];
        options?: never;
        head?: never;
        /**
         * @description Saved copies of a launch's computed dates: the timeline compares each task with the current one, and
         *     readiness lists what slipped. Everyone signed in reads; the office saves, renames, picks the current one
         *     and deletes. A launch that becomes ready gets one by itself.
         */
        patch: operations["v1_baselines_partial_update"];
        trace?: never;
    };
    "/api/v1/briefings/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description The briefings of one communication (`?communication=`: 403 for those who may not brief on it), or
         *     every briefing you may manage (none for a viewer), newest first. `url` is null: the link is shown once.
         */
        get: operations["v1_briefings_list"];
        put?: never;
        /**
         * @description Brief a journalist: the answer's `url` is their secret link, shown this once (only a hash is kept). For
         *     a press release, blog or newsletter submitted or approved, not yet published, in a launch not cancelled.
         */
        post: operations["v1_briefings_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/briefings/{id}/opens/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Who opened a briefing's link, when (newest first), from which address and browser, and whether the page
         *     was still embargoed. For the office and members of the item's department (403 for others).
         */
        get: operations["v1_briefings_opens_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/briefings/{id}/revoke/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Revoke the link: the page answers 410 Gone from now on; who opened it stays on record. Idempotent. */
        post: operations["v1_briefings_revoke_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar-feeds/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Your calendar feeds. Every signed-in user has their own; others see none of them. */
        get: operations["v1_calendar_feeds_list"];
        put?: never;
        /**
         * @description A new feed: `user` (mine: my tasks, gates I approve, T-0 and milestones of my launches), `department`
         *     (its lead, members and the office), or `launch` (anyone; optionally one department's part).
         */
        post: operations["v1_calendar_feeds_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar-feeds/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Your calendar feeds. Every signed-in user has their own; others see none of them. */
        delete: operations["v1_calendar_feeds_destroy"];
        options?: never;
        head?: never;
        /** @description Switch the feed's reminders: `reminder_minutes` 0, 15, 60 or 1440 before each item, or null for none. */
        patch: operations["v1_calendar_feeds_partial_update"];
        trace?: never;
    };
    "/api/v1/calendar-feeds/{id}/rotate/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Replace the feed's secret URL; the old one answers 404 at once. */
        post: operations["v1_calendar_feeds_rotate_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communication-board/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description The office's view of one launch's communications: out, queued, embargoed, awaiting approval, and early
         *     publish attempts. Everyone signed in reads launches, so everyone may read it.
         */
        get: operations["v1_communication_board_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communication-policies/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Every kind with who approves it (a kind the office never set shows its default). */
        get: operations["v1_communication_policies_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communication-policies/{kind}/": {
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
        /** @description The office sets who approves this kind: office, lead (the department's lead, or the office) or none. */
        patch: operations["v1_communication_policies_partial_update"];
        trace?: never;
    };
    "/api/v1/communications/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Outbound communications of a launch. Everyone signed in reads; members of the launch's departments (and
         *     the office) draft; the author edits, submits, publishes and withdraws; the office (or the lead, per the kind's
         *     policy) and the item's named approvers approve.
         */
        get: operations["v1_communications_list"];
        put?: never;
        /**
         * @description Outbound communications of a launch. Everyone signed in reads; members of the launch's departments (and
         *     the office) draft; the author edits, submits, publishes and withdraws; the office (or the lead, per the kind's
         *     policy) and the item's named approvers approve.
         */
        post: operations["v1_communications_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communications/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Outbound communications of a launch. Everyone signed in reads; members of the launch's departments (and
         *     the office) draft; the author edits, submits, publishes and withdraws; the office (or the lead, per the kind's
         *     policy) and the item's named approvers approve.
         */
        get: operations["v1_communications_retrieve"];
        /**
         * @description Outbound communications of a launch. Everyone signed in reads; members of the launch's departments (and
         *     the office) draft; the author edits, submits, publishes and withdraws; the office (or the lead, per the kind's
         *     policy) and the item's named approvers approve.
         */
        put: operations["v1_communications_update"];
        post?: never;
        /**
         * @description Outbound communications of a launch. Everyone signed in reads; members of the launch's departments (and
         *     the office) draft; the author edits, submits, publishes and withdraws; the office (or the lead, per the kind's
         *     policy) and the item's named approvers approve.
         */
        delete: operations["v1_communications_destroy"];
        options?: never;
        head?: never;
        /**
         * @description Outbound communications of a launch. Everyone signed in reads; members of the launch's departments (and
         *     the office) draft; the author edits, submits, publishes and withdraws; the office (or the lead, per the kind's
         *     policy) and the item's named approvers approve.
         */
        patch: operations["v1_communications_partial_update"];
        trace?: never;
    };
    "/api/v1/communications/{id}/decide/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description The kind's approver (the office, or the lead its policy lets) or a named approver (`as_named`) approves or
         *     rejects a submitted item (a rejection needs a comment); approved once all of them approved; never edited.
         */
        post: operations["v1_communications_decide_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communications/{id}/publish/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description The author or the office publishes an approved item once its embargo lifted (409 otherwise: the
         *     attempt is recorded and the office alerted); it goes out to its destinations.
         */
        post: operations["v1_communications_publish_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communications/{id}/submit/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The author submits a draft for the office's approval. */
        post: operations["v1_communications_submit_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communications/{id}/withdraw/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The author or the office withdraws an item that is not published. */
        post: operations["v1_communications_withdraw_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cross-launch-dependencies/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description A task waiting on a task of another launch: checked against both launches' scheduled days, never part of
         *     either schedule. Everyone signed in reads; the office links, changes the type or lag, and removes.
         */
        get: operations["v1_cross_launch_dependencies_list"];
        put?: never;
        /**
         * @description A task waiting on a task of another launch: checked against both launches' scheduled days, never part of
         *     either schedule. Everyone signed in reads; the office links, changes the type or lag, and removes.
         */
        post: operations["v1_cross_launch_dependencies_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cross-launch-dependencies/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description A task waiting on a task of another launch: checked against both launches' scheduled days, never part of
         *     either schedule. Everyone signed in reads; the office links, changes the type or lag, and removes.
         */
        get: operations["v1_cross_launch_dependencies_retrieve"];
        put?: never;
        post?: never;
        /**
         * @description A task waiting on a task of another launch: checked against both launches' scheduled days, never part of
         *     either schedule. Everyone signed in reads; the office links, changes the type or lag, and removes.
         */
        delete: operations["v1_cross_launch_dependencies_destroy"];
        options?: never;
        head?: never;
        /**
         * @description A task waiting on a task of another launch: checked against both launches' scheduled days, never part of
         *     either schedule. Everyone signed in reads; the office links, changes the type or lag, and removes.
         */
        patch: operations["v1_cross_launch_dependencies_partial_update"];
        trace?: never;
    };
    "/api/v1/department-memberships/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Who leads or belongs to which department. Office writes. */
        get: operations["v1_department_memberships_list"];
        put?: never;
        /** @description Who leads or belongs to which department. Office writes. */
        post: operations["v1_department_memberships_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/department-memberships/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Who leads or belongs to which department. Office writes. */
        get: operations["v1_department_memberships_retrieve"];
        /** @description Who leads or belongs to which department. Office writes. */
        put: operations["v1_department_memberships_update"];
        post?: never;
        /** @description Who leads or belongs to which department. Office writes. */
        delete: operations["v1_department_memberships_destroy"];
        options?: never;
        head?: never;
        /** @description Who leads or belongs to which department. Office writes. */
        patch: operations["v1_department_memberships_partial_update"];
        trace?: never;
    };
    "/api/v1/departments/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Departments (data, not code), each with its lead and members. Office writes. */
        get: operations["v1_departments_list"];
        put?: never;
        /** @description Departments (data, not code), each with its lead and members. Office writes. */
        post: operations["v1_departments_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Departments (data, not code), each with its lead and members. Office writes. */
        get: operations["v1_departments_retrieve"];
        /** @description Departments (data, not code), each with its lead and members. Office writes. */
        put: operations["v1_departments_update"];
        post?: never;
        /** @description Departments (data, not code), each with its lead and members. Office writes. */
        delete: operations["v1_departments_destroy"];
        options?: never;
        head?: never;
        /** @description Departments (data, not code), each with its lead and members. Office writes. */
        patch: operations["v1_departments_partial_update"];
        trace?: never;
    };
    "/api/v1/dependencies/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Links between two tasks of one launch, in any workstreams: finish-to-start, start-to-start,
         *     finish-to-finish or start-to-finish, with a lag (or a lead).
         */
        get: operations["v1_dependencies_list"];
        put?: never;
        /**
         * @description Links between two tasks of one launch, in any workstreams: finish-to-start, start-to-start,
         *     finish-to-finish or start-to-finish, with a lag (or a lead).
         */
        post: operations["v1_dependencies_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dependencies/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Links between two tasks of one launch, in any workstreams: finish-to-start, start-to-start,
         *     finish-to-finish or start-to-finish, with a lag (or a lead).
         */
        get: operations["v1_dependencies_retrieve"];
        /**
         * @description Links between two tasks of one launch, in any workstreams: finish-to-start, start-to-start,
         *     finish-to-finish or start-to-finish, with a lag (or a lead).
         */
        put: operations["v1_dependencies_update"];
        post?: never;
        /**
         * @description Links between two tasks of one launch, in any workstreams: finish-to-start, start-to-start,
         *     finish-to-finish or start-to-finish, with a lag (or a lead).
         */
        delete: operations["v1_dependencies_destroy"];
        options?: never;
        head?: never;
        /**
         * @description Links between two tasks of one launch, in any workstreams: finish-to-start, start-to-start,
         *     finish-to-finish or start-to-finish, with a lag (or a lead).
         */
        patch: operations["v1_dependencies_partial_update"];
        trace?: never;
    };
    "/api/v1/feedback-items/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Feedback from early users on a launch. Everyone signed in reads; the office and Engineering record and
         *     triage; the office and Engineering's lead delete.
         */
        get: operations["v1_feedback_items_list"];
        put?: never;
        /**
         * @description Feedback from early users on a launch. Everyone signed in reads; the office and Engineering record and
         *     triage; the office and Engineering's lead delete.
         */
        post: operations["v1_feedback_items_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback-items/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Feedback from early users on a launch. Everyone signed in reads; the office and Engineering record and
         *     triage; the office and Engineering's lead delete.
         */
        get: operations["v1_feedback_items_retrieve"];
        /**
         * @description Feedback from early users on a launch. Everyone signed in reads; the office and Engineering record and
         *     triage; the office and Engineering's lead delete.
         */
        put: operations["v1_feedback_items_update"];
        post?: never;
        /**
         * @description Feedback from early users on a launch. Everyone signed in reads; the office and Engineering record and
         *     triage; the office and Engineering's lead delete.
         */
        delete: operations["v1_feedback_items_destroy"];
        options?: never;
        head?: never;
        /**
         * @description Feedback from early users on a launch. Everyone signed in reads; the office and Engineering record and
         *     triage; the office and Engineering's lead delete.
         */
        patch: operations["v1_feedback_items_partial_update"];
        trace?: never;
    };
    "/api/v1/feedback-items/import/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Import a CSV file of feedback into a launch: all rows or none; a 400 lists each bad row in extra.rows. */
        post: operations["v1_feedback_items_import_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback-items/summary/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description How many feedback items of a launch are in each state. */
        get: operations["v1_feedback_items_summary_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gate-decisions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The decision history of gates: append-only. */
        get: operations["v1_gate_decisions_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gate-decisions/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The decision history of gates: append-only. */
        get: operations["v1_gate_decisions_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gates/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Approval gates on a launch's timeline. The office defines them; required approvers (the office, approver
         *     departments' leads, named approvers) decide.
         */
        get: operations["v1_gates_list"];
        put?: never;
        /**
         * @description Approval gates on a launch's timeline. The office defines them; required approvers (the office, approver
         *     departments' leads, named approvers) decide.
         */
        post: operations["v1_gates_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gates/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Approval gates on a launch's timeline. The office defines them; required approvers (the office, approver
         *     departments' leads, named approvers) decide.
         */
        get: operations["v1_gates_retrieve"];
        /**
         * @description Approval gates on a launch's timeline. The office defines them; required approvers (the office, approver
         *     departments' leads, named approvers) decide.
         */
        put: operations["v1_gates_update"];
        post?: never;
        /**
         * @description Approval gates on a launch's timeline. The office defines them; required approvers (the office, approver
         *     departments' leads, named approvers) decide.
         */
        delete: operations["v1_gates_destroy"];
        options?: never;
        head?: never;
        /**
         * @description Approval gates on a launch's timeline. The office defines them; required approvers (the office, approver
         *     departments' leads, named approvers) decide.
         */
        patch: operations["v1_gates_partial_update"];
        trace?: never;
    };
    "/api/v1/gates/{id}/decide/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description Approve or reject under your own name: for the office, as the lead of a department the gate names, or
         *     as one of its named approvers (`as_named`). A rejection needs a comment. Decisions are never edited; a
         *     later one supersedes.
         */
        post: operations["v1_gates_decide_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gates/{id}/reopen/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description The office reopens an approved or rejected gate, saying why: a new round starts, pending until every
         *     required approver decides again; earlier decisions stay, superseded. 409 for a pending gate or a
         *     launched or closed launch.
         */
        post: operations["v1_gates_reopen_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hint-shares/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Who shared which hint, where and when: the office monitors it. */
        get: operations["v1_hint_shares_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hints/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The hints anyone may share now (inside their window, their embargo lifted). */
        get: operations["v1_hints_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hints/{id}/share/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Record a share (the page calls it when its share link or copy button is used). */
        post: operations["v1_hints_share_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kb-articles/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Customer Care's knowledge base for a launch. Everyone signed in reads; the office and Customer Care's
         *     lead and members write.
         */
        get: operations["v1_kb_articles_list"];
        put?: never;
        /**
         * @description Customer Care's knowledge base for a launch. Everyone signed in reads; the office and Customer Care's
         *     lead and members write.
         */
        post: operations["v1_kb_articles_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kb-articles/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Customer Care's knowledge base for a launch. Everyone signed in reads; the office and Customer Care's
         *     lead and members write.
         */
        get: operations["v1_kb_articles_retrieve"];
        /**
         * @description Customer Care's knowledge base for a launch. Everyone signed in reads; the office and Customer Care's
         *     lead and members write.
         */
        put: operations["v1_kb_articles_update"];
        post?: never;
        /**
         * @description Customer Care's knowledge base for a launch. Everyone signed in reads; the office and Customer Care's
         *     lead and members write.
         */
        delete: operations["v1_kb_articles_destroy"];
        options?: never;
        head?: never;
        /**
         * @description Customer Care's knowledge base for a launch. Everyone signed in reads; the office and Customer Care's
         *     lead and members write.
         */
        patch: operations["v1_kb_articles_partial_update"];
        trace?: never;
    };
    "/api/v1/launches/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Launches around their T-0. Everyone signed in reads; the office plans. */
        get: operations["v1_launches_list"];
        put?: never;
        /** @description Launches around their T-0. Everyone signed in reads; the office plans. */
        post: operations["v1_launches_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/launches/{launch_id}/activity/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A launch's audit history, newest first: who changed what, when, field by field. */
        get: operations["v1_launches_activity_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/launches/{launch_id}/burndown/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Open tasks per day by the plan, by the current baseline and, up to today, in fact. */
        get: operations["v1_launches_burndown_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/launches/{launch_id}/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The plan as CSV (UTF-8 with a byte order mark; a cell that would run as a formula starts with '). */
        get: operations["launches_export_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/launches/{launch_id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The plan as an Excel workbook (XLSX): the same rows as the CSV, dates as dates. */
        get: operations["launches_export_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/launches/{launch_id}/history/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description What Undo would take back and Redo would do again: your own latest changes in this launch. */
        get: operations["v1_launches_history_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/launches/{launch_id}/redo/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description Redo the change you undid last in this launch (until you make a new one): as Undo, 409 `changed_since` or
         *     `nothing_to_redo`.
         */
        post: operations["v1_launches_redo_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/launches/{launch_id}/undo/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description Undo your latest change in this launch, through the same checks as any change: 403 if you may no longer
         *     make it, 409 `changed_since` if its item changed since (nothing changes; a refused step is dropped), 409
         *     `nothing_to_undo` if there is none.
         */
        post: operations["v1_launches_undo_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/launches/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Launches around their T-0. Everyone signed in reads; the office plans. */
        get: operations["v1_launches_retrieve"];
        /** @description Launches around their T-0. Everyone signed in reads; the office plans. */
        put: operations["v1_launches_update"];
        post?: never;
        /** @description Launches around their T-0. Everyone signed in reads; the office plans. */
        delete: operations["v1_launches_destroy"];
        options?: never;
        head?: never;
        /** @description Launches around their T-0. Everyone signed in reads; the office plans. */
        patch: operations["v1_launches_partial_update"];
        trace?: never;
    };
    "/api/v1/launches/{id}/move-t-zero/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description Move launch day: every anchored task and milestone moves with it, fixed items stay (rule 1).
         *     With `preview: true`, answer what would move and what would newly conflict, and change nothing.
         */
        post: operations["v1_launches_move_t_zero_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/launches/{id}/readiness/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Per department: done, in progress, late and blocked tasks; gates at risk; the critical path. */
        get: operations["v1_launches_readiness_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/launches/{id}/timeline/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Everything the timeline shows, in one response, with ETag and Last-Modified (304 when unchanged). */
        get: operations["v1_launches_timeline_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/launches/{id}/transition/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description Move the launch along its lifecycle: draft, planning, ready, launched (every gate approved), closed;
         *     or cancelled. Each transition is recorded in the activity.
         */
        post: operations["v1_launches_transition_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Who am I: identity, roles (office, lead, member, viewer) and departments. */
        get: operations["v1_me_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/milestones/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Named moments of a launch (announcement, embargo lift, ...). The office manages them. */
        get: operations["v1_milestones_list"];
        put?: never;
        /** @description Named moments of a launch (announcement, embargo lift, ...). The office manages them. */
        post: operations["v1_milestones_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/milestones/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Named moments of a launch (announcement, embargo lift, ...). The office manages them. */
        get: operations["v1_milestones_retrieve"];
        /** @description Named moments of a launch (announcement, embargo lift, ...). The office manages them. */
        put: operations["v1_milestones_update"];
        post?: never;
        /** @description Named moments of a launch (announcement, embargo lift, ...). The office manages them. */
        delete: operations["v1_milestones_destroy"];
        options?: never;
        head?: never;
        /** @description Named moments of a launch (announcement, embargo lift, ...). The office manages them. */
        patch: operations["v1_milestones_partial_update"];
        trace?: never;
    };
    "/api/v1/notification-preferences/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Your email preferences: which notifications also come by email, how many days ahead reminders come,
         *     and whether emails come one by one or in the daily digest.
         */
        get: operations["v1_notification_preferences_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * @description Your email preferences: which notifications also come by email, how many days ahead reminders come,
         *     and whether emails come one by one or in the daily digest.
         */
        patch: operations["v1_notification_preferences_partial_update"];
        trace?: never;
    };
    "/api/v1/notifications/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Your notifications, newest first. Nobody sees anyone else's. */
        get: operations["v1_notifications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Mark one of your notifications read (again is harmless). */
        post: operations["v1_notifications_read_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Mark all your notifications read; answers how many were unread. */
        post: operations["v1_notifications_read_all_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description How many of your notifications are unread. */
        get: operations["v1_notifications_unread_count_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/playbooks/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Reusable launch plans. Everyone signed in reads; the office saves, instantiates and deletes. */
        get: operations["v1_playbooks_list"];
        put?: never;
        /** @description Reusable launch plans. Everyone signed in reads; the office saves, instantiates and deletes. */
        post: operations["v1_playbooks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/playbooks/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Reusable launch plans. Everyone signed in reads; the office saves, instantiates and deletes. */
        get: operations["v1_playbooks_retrieve"];
        put?: never;
        post?: never;
        /** @description Reusable launch plans. Everyone signed in reads; the office saves, instantiates and deletes. */
        delete: operations["v1_playbooks_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/playbooks/{id}/instantiate/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Create a launch from this playbook: every item on its offset from the new T-0, in one transaction. */
        post: operations["v1_playbooks_instantiate_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolio/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Every launch not closed or cancelled, by T-0: days to T-0, readiness, gates due in the next two weeks
         *     and at risk, open conflicts, the forecast slip of T-0, and its gates and milestones for the timeline.
         */
        get: operations["v1_portfolio_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment-roles/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description HR's recruiting for a launch. Everyone signed in reads; the office and HR's lead and members write. */
        get: operations["v1_recruitment_roles_list"];
        put?: never;
        /** @description HR's recruiting for a launch. Everyone signed in reads; the office and HR's lead and members write. */
        post: operations["v1_recruitment_roles_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recruitment-roles/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description HR's recruiting for a launch. Everyone signed in reads; the office and HR's lead and members write. */
        get: operations["v1_recruitment_roles_retrieve"];
        /** @description HR's recruiting for a launch. Everyone signed in reads; the office and HR's lead and members write. */
        put: operations["v1_recruitment_roles_update"];
        post?: never;
        /** @description HR's recruiting for a launch. Everyone signed in reads; the office and HR's lead and members write. */
        delete: operations["v1_recruitment_roles_destroy"];
        options?: never;
        head?: never;
        /** @description HR's recruiting for a launch. Everyone signed in reads; the office and HR's lead and members write. */
        patch: operations["v1_recruitment_roles_partial_update"];
        trace?: never;
    };
    "/api/v1/task-comments/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Comments on tasks: kept, never edited. Office, the department's lead and the assignee write. */
        get: operations["v1_task_comments_list"];
        put?: never;
        /** @description Comments on tasks: kept, never edited. Office, the department's lead and the assignee write. */
        post: operations["v1_task_comments_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/task-comments/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Comments on tasks: kept, never edited. Office, the department's lead and the assignee write. */
        get: operations["v1_task_comments_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Tasks, anchored to T-0 or fixed. Leads manage their department's; assignees update the status. */
        get: operations["v1_tasks_list"];
        put?: never;
        /** @description Tasks, anchored to T-0 or fixed. Leads manage their department's; assignees update the status. */
        post: operations["v1_tasks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Tasks, anchored to T-0 or fixed. Leads manage their department's; assignees update the status. */
        get: operations["v1_tasks_retrieve"];
        /** @description Tasks, anchored to T-0 or fixed. Leads manage their department's; assignees update the status. */
        put: operations["v1_tasks_update"];
        post?: never;
        /** @description Tasks, anchored to T-0 or fixed. Leads manage their department's; assignees update the status. */
        delete: operations["v1_tasks_destroy"];
        options?: never;
        head?: never;
        /** @description Tasks, anchored to T-0 or fixed. Leads manage their department's; assignees update the status. */
        patch: operations["v1_tasks_partial_update"];
        trace?: never;
    };
    "/api/v1/users/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Active people (with `include_inactive=true`, the office sees deactivated ones too), with their departments and roles: for choosing assignees and leads, and the office's People screen. */
        get: operations["v1_users_list"];
        put?: never;
        /** @description The office adds a person, invited: without a usable password. The answer carries their one-time set-password path; with `send_invitation` the link is emailed too. One lead per department. */
        post: operations["v1_users_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description People. Everyone signed in reads; the office writes. Nobody is deleted: deactivate them. */
        get: operations["v1_users_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description The office changes names, email, time zone, the office flag, or deactivates (`is_active: false`: their API tokens are revoked, their sessions end) and reactivates. Nobody deactivates themselves or drops their own office flag (400). Departments: /department-memberships/. */
        patch: operations["v1_users_partial_update"];
        trace?: never;
    };
    "/api/v1/users/{id}/invitation/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description The office renews the one-time set-password link of a person who has not set a password yet (and
         *     emails it, unless `send_email` is false): 409 once they have.
         */
        post: operations["v1_users_invitation_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/import/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description The office imports people from a CSV file (multipart field `file`; docs/people.md): all rows or none,
         *     a 400 lists each bad row in extra.rows (row, field, message). 201 with who was added; with `dry_run`,
         *     200 with who would be, adding nobody.
         */
        post: operations["v1_users_import_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-deliveries/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The delivery log: each event sent to each webhook, with every attempt's status or error. */
        get: operations["v1_webhook_deliveries_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-deliveries/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The delivery log: each event sent to each webhook, with every attempt's status or error. */
        get: operations["v1_webhook_deliveries_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description URLs that receive launch events, per launch or for all launches. The secret is shown once, on creation. */
        get: operations["v1_webhooks_list"];
        put?: never;
        /** @description URLs that receive launch events, per launch or for all launches. The secret is shown once, on creation. */
        post: operations["v1_webhooks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description URLs that receive launch events, per launch or for all launches. The secret is shown once, on creation. */
        get: operations["v1_webhooks_retrieve"];
        /** @description URLs that receive launch events, per launch or for all launches. The secret is shown once, on creation. */
        put: operations["v1_webhooks_update"];
        post?: never;
        /** @description URLs that receive launch events, per launch or for all launches. The secret is shown once, on creation. */
        delete: operations["v1_webhooks_destroy"];
        options?: never;
        head?: never;
        /** @description URLs that receive launch events, per launch or for all launches. The secret is shown once, on creation. */
        patch: operations["v1_webhooks_partial_update"];
        trace?: never;
    };
    "/api/v1/workload/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Per person and ISO week: open tasks (assignee or collaborator) on their scheduled days, their hours
         *     (effort spread over the tasks' working days), in how many launches, and whether that is over the
         *     capacity the office set. The office and leads see everyone active with work in these weeks or a
         *     capacity; members and viewers see only their own row.
         */
        get: operations["workload_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workload/{person_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Each day from `from` to `to` (at most 92 days; default four weeks from this Monday): open tasks and
         *     hours, over when the day's week is over capacity; the weeks those days fall in; and the tasks.
         */
        get: operations["workload_person"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workload/preview/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description For each week the task overlaps: the person's other open work, and the tasks and hours with this task;
         *     over_allocated_after, and a message naming the first week over capacity.
         */
        get: operations["workload_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workstreams/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One department's part of one launch. The office adds and removes; the lead keeps its notes. */
        get: operations["v1_workstreams_list"];
        put?: never;
        /** @description One department's part of one launch. The office adds and removes; the lead keeps its notes. */
        post: operations["v1_workstreams_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workstreams/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One department's part of one launch. The office adds and removes; the lead keeps its notes. */
        get: operations["v1_workstreams_retrieve"];
        /** @description One department's part of one launch. The office adds and removes; the lead keeps its notes. */
        put: operations["v1_workstreams_update"];
        post?: never;
        /** @description One department's part of one launch. The office adds and removes; the lead keeps its notes. */
        delete: operations["v1_workstreams_destroy"];
        options?: never;
        head?: never;
        /** @description One department's part of one launch. The office adds and removes; the lead keeps its notes. */
        patch: operations["v1_workstreams_partial_update"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description * `create` - Created
         *     * `update` - Changed
         *     * `delete` - Deleted
         *     * `transition` - Status changed
         *     * `move_t_zero` - Launch day moved
         *     * `decide` - Gate decision
         *     * `reopen` - Gate reopened
         *     * `broadcast` - Posted to webhooks
         *     * `publish_failed` - Failed to go out
         *     * `publish_blocked` - Publishing refused before the embargo
         *     * `revoke` - Revoked
         * @enum {string}
         */
        ActionEnum: "create" | "update" | "delete" | "transition" | "move_t_zero" | "decide" | "reopen" | "broadcast" | "publish_failed" | "publish_blocked" | "revoke";
        /** @enum {string} */
        ApprovalPolicyEnum: "office" | "lead" | "none";
        /**
         * @description * `to_write` - To write
         *     * `in_review` - In review
         *     * `published` - Published
         * @enum {string}
         */
        ArticleStatusEnum: "to_write" | "in_review" | "published";
        AuditEvent: {
            readonly id: number;
            /** Format: date-time */
            readonly created_at: string;
            readonly actor: components["schemas"]["UserSummary"] | null;
            readonly action: components["schemas"]["ActionEnum"];
            /** @description What kind of thing changed: task, gate, ... */
            readonly entity: string;
            readonly entity_id: number;
            /** @description Its name when it changed. */
            readonly entity_label: string;
            readonly launch: number | null;
            readonly department: number | null;
            /** @description Null: not one department's. */
            readonly department_name: string | null;
            /** @description {field: {"from": old, "to": new}} */
            readonly changes: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            readonly message: string;
        };
        AuthTokenResponse: {
            /** @description Send as `Authorization: Token <token>`. Shown once: only a digest is kept. */
            token: string;
            /**
             * Format: date-time
             * @description When the token stops working (settings: API_TOKEN_TTL_HOURS).
             */
            expiry: string;
        };
        Baseline: {
            readonly id: number;
            launch: number;
            name: string;
            /** @default false */
            readonly is_current: boolean;
            readonly created_by: number | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        BaselineRequest: {
            launch: number;
            name: string;
        };
        BaselineUpdate: {
            readonly id: number;
            readonly launch: number;
            name: string;
            /** @default false */
            is_current: boolean;
            readonly created_by: number | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        BaselineUpdateRequest: {
            name: string;
            /** @default false */
            is_current: boolean;
        };
        BlockedAttempt: {
            communication: number;
            title: string;
            actor_name: string;
            embargo_until: string;
            /** Format: date-time */
            at: string;
        };
        Briefing: {
            readonly id: number;
            readonly communication: number;
            /** @description The journalist, shown as the page's watermark. */
            readonly name: string;
            readonly email: string;
            readonly outlet: string;
            /** @description The reader's zone for the embargo line. */
            readonly time_zone: string;
            /** Format: date-time */
            readonly created_at: string;
            readonly created_by_name: string;
            /** Format: date-time */
            readonly revoked_at: string | null;
            /** Format: date-time */
            readonly last_opened_at: string | null;
            /** @description How many times the page was opened. */
            readonly opens_count: number;
            /**
             * Format: uri
             * @description The journalist's secret link: in the answer of the POST only, null everywhere else (only a hash of it is kept). Send it to them; treat it like a password.
             */
            readonly url: string | null;
        };
        BriefingCreateRequest: {
            /** @description A press release, blog or newsletter, submitted or approved, not yet published. */
            communication: number;
            /** @description The journalist, shown on the page as its watermark. */
            name: string;
            email?: string;
            outlet?: string;
            /**
             * @description The journalist's IANA zone, in which the page says until when the embargo holds.
             * @default UTC
             */
            time_zone: string;
        };
        BriefingOpen: {
            /** Format: date-time */
            readonly opened_at: string;
            readonly ip_address: string | null;
            readonly user_agent: string;
            /** @description Whether the page showed the embargoed version. */
            readonly embargoed: boolean;
        };
        Burndown: {
            launch: number;
            /**
             * Format: date
             * @description Today in the launch's time zone: `actual` runs up to it.
             */
            today: string;
            /** Format: date */
            t_zero_date: string;
            /** @description The current comparison, if any. */
            baseline: components["schemas"]["TimelineBaseline"] | null;
            /** @description Tasks counted: every task not cancelled. */
            tasks: number;
            /** @description Of those, the ones the current baseline holds (null: no baseline). */
            baseline_tasks: number | null;
            /** @description Every day from the plan's first day (at most two years back) to a week after T-0. */
            days: components["schemas"]["BurndownDay"][];
        };
        BurndownDay: {
            /** Format: date */
            date: string;
            /** @description Tasks the plan as it stands has still open at the end of the day. */
            plan: number;
            /** @description The same by the current baseline's dates (null: no baseline). */
            baseline: number | null;
            /** @description Tasks not done by the end of the day, by their actual finish (null after today). */
            actual: number | null;
        };
        /**
         * @description A feed with both forms of its secret URL (in the scheme the server is reached by, http:// or https://, for
         *     most clients; webcal:// to open a calendar app).
         */
        CalendarFeed: {
            readonly id: number;
            readonly kind: components["schemas"]["CalendarFeedKindEnum"];
            readonly name: string;
            readonly launch: number | null;
            readonly department: number | null;
            /**
             * Format: uri
             * @description The feed's secret URL, https:// when the server is reached over TLS (behind a proxy: X-Forwarded-Proto), http:// on a plain-http server; treat it like a password.
             */
            readonly url: string;
            /** @description The same URL as webcal://, which opens a calendar app; null on a plain-http server, since calendar apps turn webcal:// into https:// (or, some, into http://, which production refuses). */
            readonly webcal_url: string | null;
            /**
             * @description A reminder this long before each item, or none.
             *
             *     * `0` - At the start
             *     * `15` - 15 minutes before
             *     * `60` - 1 hour before
             *     * `1440` - 1 day before
             */
            readonly reminder_minutes: (components["schemas"]["ReminderMinutesEnum"] | components["schemas"]["NullEnum"]) | null;
            /** @description Events in the feed when a calendar last fetched it (null before). */
            readonly items_shown: number | null;
            /** @description Items the size cap left out then (finished work first, then the rest). */
            readonly items_left_out: number | null;
            /** @description What was left out, in words; empty when the feed holds everything. */
            readonly left_out_note: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly last_fetched_at: string | null;
        };
        CalendarFeedCreateRequest: {
            kind: components["schemas"]["CalendarFeedKindEnum"];
            /** @description Launch feeds only. */
            launch?: number | null;
            /** @description Department feeds; or, on a launch feed, only that department's tasks. */
            department?: number | null;
        };
        /**
         * @description * `user` - Mine
         *     * `department` - Department
         *     * `launch` - Launch
         * @enum {string}
         */
        CalendarFeedKindEnum: "user" | "department" | "launch";
        Closure: {
            name?: string;
            /** Format: date */
            start: string;
            /**
             * Format: date
             * @description Inclusive.
             */
            end: string;
        };
        ClosureRequest: {
            name?: string;
            /** Format: date */
            start: string;
            /**
             * Format: date
             * @description Inclusive.
             */
            end: string;
        };
        Communication: {
            readonly id: number;
            launch: number;
            kind: components["schemas"]["CommunicationKindEnum"];
            /** @description Where it appears: LinkedIn, the blog... */
            channel?: string;
            audience?: string;
            title: string;
            body?: string;
            readonly author: number;
            /** @description Defaults to your department in the launch; the office may leave it empty. */
            department?: number | null;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            /** @description Anchored: days from T-0 (-1 is T-1). */
            offset_days?: number | null;
            /**
             * Format: date-time
             * @description Fixed: the planned publish moment (UTC).
             */
            at?: string | null;
            /**
             * Format: date-time
             * @description The planned publish moment (UTC).
             */
            readonly moment: string;
            embargo?: components["schemas"]["EmbargoEnum"];
            /** @description With embargo 'gate': not published before this gate is approved. */
            embargo_gate?: number | null;
            /** @description With embargo 'task': not published before this task is done. */
            embargo_task?: number | null;
            readonly embargo_lifted: boolean;
            /** @description What holds it, in words; empty when nothing does. */
            readonly embargo_until: string;
            /** @description Where it goes out by itself once approved, at its planned moment after its embargo. */
            destinations?: components["schemas"]["DestinationsEnum"][];
            /** @description With the email destination: addresses, one per line or comma. */
            email_recipients?: string;
            /**
             * Format: date-time
             * @description Employee hints: shareable from the planned moment until then.
             */
            share_until?: string | null;
            /** @description Who approves its kind (the office's policy). */
            readonly approval: components["schemas"]["ApprovalPolicyEnum"];
            /** @description Named approvers (active users of any role): each approves it too, under their own name. */
            approvers?: number[];
            /** @description The named approvers, with their names. */
            readonly approvers_detail: components["schemas"]["UserSummary"][];
            /** @description Each approval it needs (its kind's approver, each named approver) with the latest decision since its last submission. */
            readonly approvals: components["schemas"]["CommunicationApproval"][];
            readonly status: components["schemas"]["CommunicationStatusEnum"];
            /** Format: date-time */
            readonly published_at: string | null;
            /** @description Where it went out, and how. */
            readonly publications: components["schemas"]["Publication"][];
            /**
             * Format: uri
             * @description Its place in the public newsroom, once there.
             */
            readonly newsroom_url: string | null;
            /** @description Every decision, oldest first. */
            readonly decisions: components["schemas"]["CommunicationDecision"][];
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        CommunicationApproval: {
            kind: components["schemas"]["CommunicationApprovalKindEnum"];
            /** @description The named approver; empty for its kind's approver. */
            user: components["schemas"]["UserSummary"] | null;
            decision: (components["schemas"]["DecisionEnum"] | components["schemas"]["NullEnum"]) | null;
            actor: components["schemas"]["UserSummary"] | null;
            /** Format: date-time */
            decided_at: string | null;
        };
        /**
         * @description * `approver` - Its kind's approver (the office, or the lead)
         *     * `named` - A named approver
         * @enum {string}
         */
        CommunicationApprovalKindEnum: "approver" | "named";
        CommunicationBoard: {
            /** @description Went out, newest first. */
            out: components["schemas"]["Communication"][];
            /** @description Approved, embargo lifted: goes out at its moment. */
            queued: components["schemas"]["Communication"][];
            /** @description Approved, held by its embargo. */
            embargoed: components["schemas"]["Communication"][];
            /** @description Submitted, waiting for a decision. */
            awaiting_approval: components["schemas"]["Communication"][];
            /** @description Attempts to publish early, newest first. */
            blocked_attempts: components["schemas"]["BlockedAttempt"][];
        };
        CommunicationDecideRequest: {
            decision: components["schemas"]["DecisionEnum"];
            /** @default  */
            comment: string;
            /** @description True: decide as one of its named approvers. Left out: as its kind's approver when you are one (the office, or the lead its policy lets), else as a named approver. False: as its kind's approver. */
            as_named?: boolean | null;
        };
        CommunicationDecision: {
            readonly id: number;
            readonly decision: components["schemas"]["DecisionEnum"];
            readonly actor: number;
            /** @description Decided as a named approver of the item, not as its kind's approver. */
            readonly named: boolean;
            /** @description The item's submission it decided. */
            readonly submission: number;
            readonly comment: string;
            /** Format: date-time */
            readonly created_at: string;
        };
        /**
         * @description * `employee_hint` - Employee hint
         *     * `social_post` - Social post
         *     * `blog` - Blog
         *     * `community_post` - Community forum post
         *     * `press_release` - Press release
         *     * `newsletter` - Newsletter
         *     * `internal_notice` - Internal notice
         * @enum {string}
         */
        CommunicationKindEnum: "employee_hint" | "social_post" | "blog" | "community_post" | "press_release" | "newsletter" | "internal_notice";
        CommunicationPolicy: {
            readonly kind: components["schemas"]["CommunicationKindEnum"];
            readonly kind_label: string;
            approval: components["schemas"]["ApprovalPolicyEnum"];
        };
        CommunicationRequest: {
            launch: number;
            kind: components["schemas"]["CommunicationKindEnum"];
            /** @description Where it appears: LinkedIn, the blog... */
            channel?: string;
            audience?: string;
            title: string;
            body?: string;
            /** @description Defaults to your department in the launch; the office may leave it empty. */
            department?: number | null;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            /** @description Anchored: days from T-0 (-1 is T-1). */
            offset_days?: number | null;
            /**
             * Format: date-time
             * @description Fixed: the planned publish moment (UTC).
             */
            at?: string | null;
            embargo?: components["schemas"]["EmbargoEnum"];
            /** @description With embargo 'gate': not published before this gate is approved. */
            embargo_gate?: number | null;
            /** @description With embargo 'task': not published before this task is done. */
            embargo_task?: number | null;
            /** @description Where it goes out by itself once approved, at its planned moment after its embargo. */
            destinations?: components["schemas"]["DestinationsEnum"][];
            /** @description With the email destination: addresses, one per line or comma. */
            email_recipients?: string;
            /**
             * Format: date-time
             * @description Employee hints: shareable from the planned moment until then.
             */
            share_until?: string | null;
            /** @description Named approvers (active users of any role): each approves it too, under their own name. */
            approvers?: number[];
        };
        /**
         * @description * `draft` - Draft
         *     * `submitted` - Submitted for approval
         *     * `approved` - Approved
         *     * `rejected` - Rejected
         *     * `published` - Published
         *     * `withdrawn` - Withdrawn
         * @enum {string}
         */
        CommunicationStatusEnum: "draft" | "submitted" | "approved" | "rejected" | "published" | "withdrawn";
        CommunicationUpdate: {
            readonly id: number;
            readonly launch: number;
            kind: components["schemas"]["CommunicationKindEnum"];
            /** @description Where it appears: LinkedIn, the blog... */
            channel?: string;
            audience?: string;
            title: string;
            body?: string;
            readonly author: number;
            /** @description Defaults to your department in the launch; the office may leave it empty. */
            readonly department: number | null;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            /** @description Anchored: days from T-0 (-1 is T-1). */
            offset_days?: number | null;
            /**
             * Format: date-time
             * @description Fixed: the planned publish moment (UTC).
             */
            at?: string | null;
            /**
             * Format: date-time
             * @description The planned publish moment (UTC).
             */
            readonly moment: string;
            embargo?: components["schemas"]["EmbargoEnum"];
            /** @description With embargo 'gate': not published before this gate is approved. */
            embargo_gate?: number | null;
            /** @description With embargo 'task': not published before this task is done. */
            embargo_task?: number | null;
            readonly embargo_lifted: boolean;
            /** @description What holds it, in words; empty when nothing does. */
            readonly embargo_until: string;
            /** @description Where it goes out by itself once approved, at its planned moment after its embargo. */
            destinations?: components["schemas"]["DestinationsEnum"][];
            /** @description With the email destination: addresses, one per line or comma. */
            email_recipients?: string;
            /**
             * Format: date-time
             * @description Employee hints: shareable from the planned moment until then.
             */
            share_until?: string | null;
            /** @description Who approves its kind (the office's policy). */
            readonly approval: components["schemas"]["ApprovalPolicyEnum"];
            /** @description Named approvers (active users of any role): each approves it too, under their own name. */
            approvers?: number[];
            /** @description The named approvers, with their names. */
            readonly approvers_detail: components["schemas"]["UserSummary"][];
            /** @description Each approval it needs (its kind's approver, each named approver) with the latest decision since its last submission. */
            readonly approvals: components["schemas"]["CommunicationApproval"][];
            readonly status: components["schemas"]["CommunicationStatusEnum"];
            /** Format: date-time */
            readonly published_at: string | null;
            /** @description Where it went out, and how. */
            readonly publications: components["schemas"]["Publication"][];
            /**
             * Format: uri
             * @description Its place in the public newsroom, once there.
             */
            readonly newsroom_url: string | null;
            /** @description Every decision, oldest first. */
            readonly decisions: components["schemas"]["CommunicationDecision"][];
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        CommunicationUpdateRequest: {
            kind: components["schemas"]["CommunicationKindEnum"];
            /** @description Where it appears: LinkedIn, the blog... */
            channel?: string;
            audience?: string;
            title: string;
            body?: string;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            /** @description Anchored: days from T-0 (-1 is T-1). */
            offset_days?: number | null;
            /**
             * Format: date-time
             * @description Fixed: the planned publish moment (UTC).
             */
            at?: string | null;
            embargo?: components["schemas"]["EmbargoEnum"];
            /** @description With embargo 'gate': not published before this gate is approved. */
            embargo_gate?: number | null;
            /** @description With embargo 'task': not published before this task is done. */
            embargo_task?: number | null;
            /** @description Where it goes out by itself once approved, at its planned moment after its embargo. */
            destinations?: components["schemas"]["DestinationsEnum"][];
            /** @description With the email destination: addresses, one per line or comma. */
            email_recipients?: string;
            /**
             * Format: date-time
             * @description Employee hints: shareable from the planned moment until then.
             */
            share_until?: string | null;
            /** @description Named approvers (active users of any role): each approves it too, under their own name. */
            approvers?: number[];
        };
        Conflict: {
            /**
             * @description dependency: starts before its predecessor ends plus lag; after_launch: needed for launch but ends after T-0's day; criterion_late: a gate's criterion due on or after the gate's day; embargo: a communication planned before its embargo lifts (T-0, or its gate's moment).
             *
             *     * `dependency` - dependency
             *     * `after_launch` - after_launch
             *     * `criterion_late` - criterion_late
             *     * `embargo` - embargo
             */
            kind: components["schemas"]["ConflictKindEnum"];
            /** @description Null for embargo conflicts. */
            task: number | null;
            /** @description The predecessor task, if it is one. */
            predecessor: number | null;
            gate: number | null;
            /** @description A milestone its links push past its day. */
            milestone?: number;
            /** @description The milestone a task follows. */
            predecessor_milestone?: number;
            /** @description The gate a task follows. */
            predecessor_gate?: number;
            /** @description Only embargo conflicts: the communication. */
            communication?: number;
            /** @description By how many days the rule is broken. */
            days: number;
            message: string;
        };
        /**
         * @description * `dependency` - dependency
         *     * `after_launch` - after_launch
         *     * `criterion_late` - criterion_late
         *     * `embargo` - embargo
         * @enum {string}
         */
        ConflictKindEnum: "dependency" | "after_launch" | "criterion_late" | "embargo";
        /** @description A link as read: the successor waits on the predecessor, of another launch. */
        CrossLaunchDependency: {
            id: number;
            type: string;
            /** @description Calendar days. */
            lag_days: number;
            /** @description The task that waits (its launch is the link's). */
            successor: components["schemas"]["CrossLaunchTask"];
            /** @description The task of the other launch it waits on. */
            predecessor: components["schemas"]["CrossLaunchTask"];
            /** @description The scheduled days no longer allow the link. */
            violated: boolean;
            /** @description By how many days (0 when the link holds). */
            days_late: number;
        };
        /** @description A new link: `successor` waits on `predecessor`, a task of another launch. */
        CrossLaunchDependencyCreateRequest: {
            successor: number;
            predecessor: number;
            type?: components["schemas"]["LinkTypeEnum"];
            /** @description Calendar days after the predecessor's end (or start). */
            lag_days?: number;
        };
        /** @description One end of a link between launches (docs/cross-launch.md): the task on its own launch's scheduled days. */
        CrossLaunchTask: {
            id: number;
            title: string;
            launch: number;
            launch_name: string;
            department_name: string;
            /**
             * Format: date
             * @description Its scheduled first day, as its own launch's timeline computes it.
             */
            start: string;
            /**
             * Format: date
             * @description Its scheduled last day.
             */
            due: string;
            status: components["schemas"]["TaskStatusEnum"];
        };
        /**
         * @description * `working` - Working days
         *     * `calendar` - Calendar days
         * @enum {string}
         */
        DayCountEnum: "working" | "calendar";
        /**
         * @description * `approve` - approve
         *     * `reject` - reject
         * @enum {string}
         */
        DecisionEnum: "approve" | "reject";
        /**
         * @description * `approve` - Approve
         *     * `reject` - Reject
         *     * `reopen` - Reopened
         * @enum {string}
         */
        DecisionKindEnum: "approve" | "reject" | "reopen";
        Department: {
            readonly id: number;
            name: string;
            slug: string;
            description?: string;
            readonly lead: components["schemas"]["UserSummary"] | null;
            readonly members: components["schemas"]["DepartmentMember"][];
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        DepartmentMember: {
            readonly id: number;
            readonly user: components["schemas"]["UserSummary"];
            role?: components["schemas"]["RoleEnum"];
        };
        DepartmentMemberRequest: {
            role?: components["schemas"]["RoleEnum"];
        };
        DepartmentRequest: {
            name: string;
            slug: string;
            description?: string;
        };
        /**
         * @description A link: exactly one predecessor (a task, a milestone or a gate) and one successor (a task, or a milestone
         *     after a task).
         */
        Dependency: {
            readonly id: number;
            readonly launch: number;
            predecessor?: number | null;
            predecessor_milestone?: number | null;
            predecessor_gate?: number | null;
            successor?: number | null;
            successor_milestone?: number | null;
            type?: components["schemas"]["LinkTypeEnum"];
            lag_days?: number;
            /**
             * @description What the lag counts.
             *
             *     * `working` - Working days
             *     * `calendar` - Calendar days
             */
            lag_count?: components["schemas"]["DayCountEnum"];
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description A link: exactly one predecessor (a task, a milestone or a gate) and one successor (a task, or a milestone
         *     after a task).
         */
        DependencyRequest: {
            predecessor?: number | null;
            predecessor_milestone?: number | null;
            predecessor_gate?: number | null;
            successor?: number | null;
            successor_milestone?: number | null;
            type?: components["schemas"]["LinkTypeEnum"];
            lag_days?: number;
            /**
             * @description What the lag counts.
             *
             *     * `working` - Working days
             *     * `calendar` - Calendar days
             */
            lag_count?: components["schemas"]["DayCountEnum"];
        };
        /**
         * @description A link: exactly one predecessor (a task, a milestone or a gate) and one successor (a task, or a milestone
         *     after a task).
         */
        DependencyUpdate: {
            readonly id: number;
            readonly launch: number;
            readonly predecessor: number | null;
            readonly predecessor_milestone: number | null;
            readonly predecessor_gate: number | null;
            readonly successor: number | null;
            readonly successor_milestone: number | null;
            type?: components["schemas"]["LinkTypeEnum"];
            lag_days?: number;
            /**
             * @description What the lag counts.
             *
             *     * `working` - Working days
             *     * `calendar` - Calendar days
             */
            lag_count?: components["schemas"]["DayCountEnum"];
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description A link: exactly one predecessor (a task, a milestone or a gate) and one successor (a task, or a milestone
         *     after a task).
         */
        DependencyUpdateRequest: {
            type?: components["schemas"]["LinkTypeEnum"];
            lag_days?: number;
            /**
             * @description What the lag counts.
             *
             *     * `working` - Working days
             *     * `calendar` - Calendar days
             */
            lag_count?: components["schemas"]["DayCountEnum"];
        };
        /**
         * @description * `email` - email
         *     * `newsroom` - newsroom
         *     * `webhooks` - webhooks
         * @enum {string}
         */
        DestinationsEnum: "email" | "newsroom" | "webhooks";
        /**
         * @description * `incoming` - incoming
         *     * `outgoing` - outgoing
         * @enum {string}
         */
        DirectionEnum: "incoming" | "outgoing";
        /**
         * @description * `task_assigned` - A task was assigned to you
         *     * `task_due_soon` - A task of yours is due soon
         *     * `task_overdue` - A task of yours is overdue
         *     * `task_conflict` - A dependency slipped and your task now conflicts
         *     * `cross_launch_conflict` - Work of another launch slipped and a task now waits on it
         *     * `gate_awaiting_approval` - A gate awaits your approval
         *     * `gate_decided` - A gate was decided
         *     * `gate_reopened` - A gate was reopened
         *     * `t_zero_moved` - Launch day moved
         *     * `communication_awaiting_approval` - A communication awaits approval
         *     * `communication_decided` - Your communication was approved or rejected
         *     * `communication_embargo_lifting` - An approved communication's embargo lifts soon
         *     * `communication_published` - A communication went out
         *     * `communication_publish_failed` - A communication failed to go out
         *     * `communication_publish_blocked` - Someone tried to publish before the embargo
         *     * `daily_digest` - Daily digest
         * @enum {string}
         */
        EmailEventsEnum: "task_assigned" | "task_due_soon" | "task_overdue" | "task_conflict" | "cross_launch_conflict" | "gate_awaiting_approval" | "gate_decided" | "gate_reopened" | "t_zero_moved" | "communication_awaiting_approval" | "communication_decided" | "communication_embargo_lifting" | "communication_published" | "communication_publish_failed" | "communication_publish_blocked" | "daily_digest";
        /**
         * @description * `immediate` - One email per notification
         *     * `digest` - Collected in the daily digest
         * @enum {string}
         */
        EmailModeEnum: "immediate" | "digest";
        /**
         * @description * `none` - No embargo
         *     * `t_zero` - Not before T-0
         *     * `gate` - Not before a gate is approved
         *     * `task` - Not before a task is done
         * @enum {string}
         */
        EmbargoEnum: "none" | "t_zero" | "gate" | "task";
        /** @description The body of every error response. */
        Error: {
            /** @description Stable machine-readable error code; clients switch on it. */
            code: string;
            /** @description A sentence for people, naming the field and the problem. */
            message: string;
            /** @description Details: `fields` maps each invalid field to its messages; other keys depend on the code. */
            extra: {
                [key: string]: unknown;
            };
        };
        /**
         * @description * `task.created` - Task created
         *     * `task.updated` - Task updated
         *     * `task.deleted` - Task deleted
         *     * `task.conflict` - Task now conflicts with a dependency
         *     * `cross_launch.conflict` - Task now conflicts with a task of another launch
         *     * `gate.created` - Gate created
         *     * `gate.updated` - Gate changed
         *     * `gate.decided` - Gate decided
         *     * `gate.reopened` - Gate reopened
         *     * `launch.t_zero_moved` - Launch day moved
         *     * `launch.status_changed` - Launch status changed
         *     * `communication.submitted` - Communication submitted for approval
         *     * `communication.decided` - Communication approved or rejected
         *     * `communication.embargo_lifting` - Communication embargo about to lift
         *     * `communication.published` - Communication went out
         *     * `communication.broadcast` - Communication's text posted to webhooks
         *     * `communication.publish_failed` - Communication failed to go out on a channel
         *     * `communication.publish_blocked` - Someone tried to publish before the embargo
         * @enum {string}
         */
        EventsEnum: "task.created" | "task.updated" | "task.deleted" | "task.conflict" | "cross_launch.conflict" | "gate.created" | "gate.updated" | "gate.decided" | "gate.reopened" | "launch.t_zero_moved" | "launch.status_changed" | "communication.submitted" | "communication.decided" | "communication.embargo_lifting" | "communication.published" | "communication.broadcast" | "communication.publish_failed" | "communication.publish_blocked";
        FeedbackCounts: {
            new: number;
            accepted: number;
            rejected: number;
            duplicate: number;
            done: number;
        };
        FeedbackImportRequest: {
            launch: number;
            /**
             * Format: binary
             * @description CSV, UTF-8, header row: source, text, reported_by, task, state.
             */
            file: string;
        };
        FeedbackImportResult: {
            imported: number;
        };
        FeedbackItem: {
            readonly id: number;
            launch: number;
            task?: number | null;
            readonly task_title: string | null;
            source: components["schemas"]["SourceEnum"];
            text: string;
            /** @description Name or e-mail of the external reporter. */
            reported_by?: string;
            state?: components["schemas"]["StateEnum"];
            duplicate_of?: number | null;
            readonly created_by: number | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        FeedbackItemRequest: {
            launch: number;
            task?: number | null;
            source: components["schemas"]["SourceEnum"];
            text: string;
            /** @description Name or e-mail of the external reporter. */
            reported_by?: string;
            state?: components["schemas"]["StateEnum"];
            duplicate_of?: number | null;
        };
        FeedbackItemUpdate: {
            readonly id: number;
            readonly launch: number;
            task?: number | null;
            readonly task_title: string | null;
            source: components["schemas"]["SourceEnum"];
            text: string;
            /** @description Name or e-mail of the external reporter. */
            reported_by?: string;
            state?: components["schemas"]["StateEnum"];
            duplicate_of?: number | null;
            readonly created_by: number | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        FeedbackItemUpdateRequest: {
            task?: number | null;
            source: components["schemas"]["SourceEnum"];
            text: string;
            /** @description Name or e-mail of the external reporter. */
            reported_by?: string;
            state?: components["schemas"]["StateEnum"];
            duplicate_of?: number | null;
        };
        FeedbackSummary: {
            launch: number;
            counts: components["schemas"]["FeedbackCounts"];
            total: number;
        };
        Gate: {
            readonly id: number;
            launch: number;
            name: string;
            description?: string;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            offset_days?: number | null;
            /** Format: date-time */
            at?: string | null;
            /** Format: date-time */
            readonly moment: string;
            criteria?: number[];
            readonly criteria_detail: components["schemas"]["GateCriterion"][];
            approver_departments?: number[];
            /** @description Named approvers (active users of any role): each approves under their own name. */
            approver_users?: number[];
            /** @description The named approvers, with their names. */
            readonly approver_users_detail: components["schemas"]["UserSummary"][];
            readonly approvers: components["schemas"]["GateApprover"][];
            readonly status: components["schemas"]["GateStatusEnum"];
            /** @description Grows each time the gate is reopened. */
            readonly round: number;
            /** Format: date-time */
            readonly approved_at: string | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        GateApprover: {
            /**
             * @description The office, an approver department's lead, or a named approver.
             *
             *     * `office` - The office
             *     * `department` - A department's lead
             *     * `named` - A named approver
             */
            kind: components["schemas"]["GateApproverKindEnum"];
            /** @description Empty for the office and named approvers. */
            department: number | null;
            department_name: string | null;
            /** @description The named approver; empty for the other slots. */
            user: components["schemas"]["UserSummary"] | null;
            decision: (components["schemas"]["DecisionEnum"] | components["schemas"]["NullEnum"]) | null;
            actor: components["schemas"]["UserSummary"] | null;
            /** Format: date-time */
            decided_at: string | null;
        };
        /**
         * @description * `office` - The office
         *     * `department` - A department's lead
         *     * `named` - A named approver
         * @enum {string}
         */
        GateApproverKindEnum: "office" | "department" | "named";
        GateCriterion: {
            id: number;
            title: string;
            status: components["schemas"]["TaskStatusEnum"];
        };
        GateDecideRequest: {
            decision: components["schemas"]["DecisionEnum"];
            /** @default  */
            comment: string;
            /** @description Decide as this department's lead; leave empty to decide for the office (or as a named approver). */
            department?: number | null;
            /** @description True: decide as one of the gate's named approvers (no department). Left out: implied when you are a named approver, not the office, and name no department. False: for the office or the department. */
            as_named?: boolean | null;
        };
        GateDecision: {
            readonly id: number;
            readonly gate: number;
            readonly round: number;
            readonly kind: components["schemas"]["DecisionKindEnum"];
            readonly actor: components["schemas"]["UserSummary"];
            /** @description The department whose lead decided; empty for the office or a named approver. */
            readonly department: number | null;
            /** @description Null: decided for the office, or as a named approver (named). */
            readonly department_name: string | null;
            /** @description Decided as a named approver of the gate (no department), not for the office. */
            readonly named: boolean;
            readonly comment: string;
            /** Format: date-time */
            readonly created_at: string;
        };
        GateReopenRequest: {
            /** @description Why the gate reopens: its approvers and the office read it. */
            reason: string;
        };
        GateRequest: {
            launch: number;
            name: string;
            description?: string;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            offset_days?: number | null;
            /** Format: date-time */
            at?: string | null;
            criteria?: number[];
            approver_departments?: number[];
            /** @description Named approvers (active users of any role): each approves under their own name. */
            approver_users?: number[];
        };
        /**
         * @description * `pending` - Pending
         *     * `approved` - Approved
         *     * `rejected` - Rejected
         * @enum {string}
         */
        GateStatusEnum: "pending" | "approved" | "rejected";
        GateUpdate: {
            readonly id: number;
            readonly launch: number;
            name: string;
            description?: string;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            offset_days?: number | null;
            /** Format: date-time */
            at?: string | null;
            /** Format: date-time */
            readonly moment: string;
            criteria?: number[];
            readonly criteria_detail: components["schemas"]["GateCriterion"][];
            approver_departments?: number[];
            /** @description Named approvers (active users of any role): each approves under their own name. */
            approver_users?: number[];
            /** @description The named approvers, with their names. */
            readonly approver_users_detail: components["schemas"]["UserSummary"][];
            readonly approvers: components["schemas"]["GateApprover"][];
            readonly status: components["schemas"]["GateStatusEnum"];
            /** @description Grows each time the gate is reopened. */
            readonly round: number;
            /** Format: date-time */
            readonly approved_at: string | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        GateUpdateRequest: {
            name: string;
            description?: string;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            offset_days?: number | null;
            /** Format: date-time */
            at?: string | null;
            criteria?: number[];
            approver_departments?: number[];
            /** @description Named approvers (active users of any role): each approves under their own name. */
            approver_users?: number[];
        };
        Hint: {
            id: number;
            title: string;
            body: string;
            launch: number;
            launch_name: string;
            /** Format: date-time */
            share_until: string;
            /** @description What a share link posts: the title and the text, trimmed. */
            share_text: string;
            /**
             * Format: uri
             * @description The launch's public newsroom page.
             */
            share_url: string;
            shared_by_me: components["schemas"]["ShareNetworkEnum"][];
        };
        HintShare: {
            readonly id: number;
            readonly communication: number;
            readonly title: string;
            readonly user: number;
            readonly user_name: string;
            readonly network: components["schemas"]["ShareNetworkEnum"];
            /** Format: date-time */
            readonly shared_at: string;
        };
        HintShareRequestRequest: {
            network: components["schemas"]["ShareNetworkEnum"];
        };
        HistoryApplied: {
            /** @description What Undo takes back; null: nothing. */
            readonly undo: components["schemas"]["UndoStep"] | null;
            /** @description What Redo does again; null: nothing. */
            readonly redo: components["schemas"]["UndoStep"] | null;
            /** @description The step just undone or redone. */
            readonly applied: components["schemas"]["UndoStep"];
        };
        HistoryState: {
            /** @description What Undo takes back; null: nothing. */
            readonly undo: components["schemas"]["UndoStep"] | null;
            /** @description What Redo does again; null: nothing. */
            readonly redo: components["schemas"]["UndoStep"] | null;
        };
        ImportedPerson: {
            /** @description The person's first row in the file (the header is row 1). */
            row: number;
            username: string;
            full_name: string;
            email: string;
            is_office: boolean;
            departments: components["schemas"]["ImportedPersonDepartment"][];
        };
        ImportedPersonDepartment: {
            /** @description The department's slug. */
            department: string;
            role: components["schemas"]["RoleEnum"];
        };
        InvitationRequest: {
            /**
             * @description Email the person the new link too.
             * @default true
             */
            send_email: boolean;
        };
        InvitationResult: {
            /** @description The one-time set-password page, with uid and token. */
            set_password_path: string;
            /** @description Whether an email with the link goes out (not without an email). */
            emailed: boolean;
        };
        /**
         * @description * `t_zero` - t_zero
         *     * `milestone` - milestone
         *     * `gate` - gate
         *     * `communication` - communication
         *     * `task` - task
         * @enum {string}
         */
        ItemEnum: "t_zero" | "milestone" | "gate" | "communication" | "task";
        KnowledgeBaseArticle: {
            readonly id: number;
            launch: number;
            title: string;
            url?: string;
            status?: components["schemas"]["ArticleStatusEnum"];
            reviewer?: number | null;
            readonly reviewer_detail: components["schemas"]["UserSummary"] | null;
            task?: number | null;
            readonly task_title: string | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        KnowledgeBaseArticleRequest: {
            launch: number;
            title: string;
            url?: string;
            status?: components["schemas"]["ArticleStatusEnum"];
            reviewer?: number | null;
            task?: number | null;
        };
        KnowledgeBaseArticleUpdate: {
            readonly id: number;
            readonly launch: number;
            title: string;
            url?: string;
            status?: components["schemas"]["ArticleStatusEnum"];
            reviewer?: number | null;
            readonly reviewer_detail: components["schemas"]["UserSummary"] | null;
            task?: number | null;
            readonly task_title: string | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        KnowledgeBaseArticleUpdateRequest: {
            title: string;
            url?: string;
            status?: components["schemas"]["ArticleStatusEnum"];
            reviewer?: number | null;
            task?: number | null;
        };
        Launch: {
            readonly id: number;
            name: string;
            description?: string;
            /**
             * T-0
             * Format: date-time
             * @description The launch moment (stored in UTC).
             */
            t_zero: string;
            /**
             * Format: date
             * @description Launch day in the launch's time zone.
             */
            readonly t_zero_date: string;
            /** @description IANA zone, e.g. Europe/Paris. */
            time_zone: string;
            status?: components["schemas"]["LaunchStatusEnum"];
            owner?: number;
            readonly owner_detail: components["schemas"]["UserSummary"];
            /** @description ISO weekdays worked: 1 is Monday, 7 is Sunday (default Monday to Friday). */
            working_weekdays?: number[];
            /** @description Countries or regions whose public holidays are not worked: US, FR, DE-BY, GB-SCT. */
            holiday_regions?: string[];
            /** @description The launch's own days off, inclusive. */
            closures?: components["schemas"]["Closure"][];
            /**
             * @description What offsets from T-0 count: T-14 as 14 calendar days or 14 working days before launch day.
             *
             *     * `working` - Working days
             *     * `calendar` - Calendar days
             */
            offset_count?: components["schemas"]["DayCountEnum"];
            readonly task_count: number;
            readonly done_task_count: number;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        LaunchRequest: {
            name: string;
            description?: string;
            /**
             * T-0
             * Format: date-time
             * @description The launch moment (stored in UTC).
             */
            t_zero: string;
            /** @description IANA zone, e.g. Europe/Paris. */
            time_zone: string;
            status?: components["schemas"]["LaunchStatusEnum"];
            owner?: number;
            /** @description ISO weekdays worked: 1 is Monday, 7 is Sunday (default Monday to Friday). */
            working_weekdays?: number[];
            /** @description Countries or regions whose public holidays are not worked: US, FR, DE-BY, GB-SCT. */
            holiday_regions?: string[];
            /** @description The launch's own days off, inclusive. */
            closures?: components["schemas"]["ClosureRequest"][];
            /**
             * @description What offsets from T-0 count: T-14 as 14 calendar days or 14 working days before launch day.
             *
             *     * `working` - Working days
             *     * `calendar` - Calendar days
             */
            offset_count?: components["schemas"]["DayCountEnum"];
            /** @description On create: the departments that get a workstream (default: all). */
            departments?: number[];
        };
        /**
         * @description * `draft` - Draft
         *     * `planning` - Planning
         *     * `ready` - Ready
         *     * `launched` - Launched
         *     * `closed` - Closed
         *     * `cancelled` - Cancelled
         * @enum {string}
         */
        LaunchStatusEnum: "draft" | "planning" | "ready" | "launched" | "closed" | "cancelled";
        LaunchTransitionRequest: {
            /**
             * @description The status to move to.
             *
             *     * `draft` - Draft
             *     * `planning` - Planning
             *     * `ready` - Ready
             *     * `launched` - Launched
             *     * `closed` - Closed
             *     * `cancelled` - Cancelled
             */
            status: components["schemas"]["LaunchStatusEnum"];
        };
        /**
         * @description * `finish_to_start` - Finish to start
         *     * `start_to_start` - Start to start
         *     * `finish_to_finish` - Finish to finish
         *     * `start_to_finish` - Start to finish
         * @enum {string}
         */
        LinkTypeEnum: "finish_to_start" | "start_to_start" | "finish_to_finish" | "start_to_finish";
        LoginRequest: {
            username: string;
            password: string;
        };
        Me: {
            readonly id: number;
            /** @description Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only. */
            username: string;
            readonly full_name: string;
            /** Email address */
            email?: string;
            readonly time_zone: string;
            readonly is_office: boolean;
            readonly roles: string[];
            readonly departments: components["schemas"]["MeDepartment"][];
        };
        MeDepartment: {
            id: number;
            name: string;
            slug: string;
            role: components["schemas"]["RoleEnum"];
        };
        Membership: {
            readonly id: number;
            department: number;
            readonly department_name: string;
            user: number;
            readonly user_detail: components["schemas"]["UserSummary"];
            /** @default member */
            role: components["schemas"]["RoleEnum"];
            /** Format: date-time */
            readonly created_at: string;
        };
        MembershipRequest: {
            department: number;
            user: number;
            /** @default member */
            role: components["schemas"]["RoleEnum"];
        };
        MembershipUpdate: {
            readonly id: number;
            readonly department: number;
            readonly department_name: string;
            readonly user: number;
            readonly user_detail: components["schemas"]["UserSummary"];
            /** @default member */
            role: components["schemas"]["RoleEnum"];
            /** Format: date-time */
            readonly created_at: string;
        };
        MembershipUpdateRequest: {
            /** @default member */
            role: components["schemas"]["RoleEnum"];
        };
        Milestone: {
            readonly id: number;
            launch: number;
            name: string;
            description?: string;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            offset_days?: number | null;
            /**
             * Format: date-time
             * @description Fixed milestones: the moment (UTC).
             */
            at?: string | null;
            /** Format: date-time */
            readonly moment: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        MilestoneRequest: {
            launch: number;
            name: string;
            description?: string;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            offset_days?: number | null;
            /**
             * Format: date-time
             * @description Fixed milestones: the moment (UTC).
             */
            at?: string | null;
        };
        MilestoneUpdate: {
            readonly id: number;
            readonly launch: number;
            name: string;
            description?: string;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            offset_days?: number | null;
            /**
             * Format: date-time
             * @description Fixed milestones: the moment (UTC).
             */
            at?: string | null;
            /** Format: date-time */
            readonly moment: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        MilestoneUpdateRequest: {
            name: string;
            description?: string;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            offset_days?: number | null;
            /**
             * Format: date-time
             * @description Fixed milestones: the moment (UTC).
             */
            at?: string | null;
        };
        MovedItem: {
            kind: components["schemas"]["MovedItemKindEnum"];
            id: number;
            name: string;
            /** @description A date for tasks (planned start), a moment for milestones. */
            before: string;
            after: string;
        };
        /**
         * @description * `task` - task
         *     * `milestone` - milestone
         *     * `gate` - gate
         *     * `communication` - communication
         * @enum {string}
         */
        MovedItemKindEnum: "task" | "milestone" | "gate" | "communication";
        NonWorkingWarning: {
            kind: components["schemas"]["NonWorkingWarningKindEnum"];
            item: components["schemas"]["ItemEnum"];
            /** @description Null for T-0. */
            id: number | null;
            name: string;
            /** Format: date */
            date: string;
            /** @description Saturday, a holiday and its region, or the closure's name. */
            reason: string;
            message: string;
        };
        /**
         * @description * `non_working_day` - non_working_day
         * @enum {string}
         */
        NonWorkingWarningKindEnum: "non_working_day";
        Notification: {
            readonly id: number;
            kind: components["schemas"]["NotificationKindEnum"];
            readonly title: string;
            readonly body: string;
            readonly launch: number | null;
            readonly task: number | null;
            readonly gate: number | null;
            readonly url: string | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly read_at: string | null;
        };
        /**
         * @description * `task_assigned` - A task was assigned to you
         *     * `task_due_soon` - A task of yours is due soon
         *     * `task_overdue` - A task of yours is overdue
         *     * `task_conflict` - A dependency slipped and your task now conflicts
         *     * `cross_launch_conflict` - Work of another launch slipped and a task now waits on it
         *     * `gate_awaiting_approval` - A gate awaits your approval
         *     * `gate_decided` - A gate was decided
         *     * `gate_reopened` - A gate was reopened
         *     * `t_zero_moved` - Launch day moved
         *     * `communication_awaiting_approval` - A communication awaits approval
         *     * `communication_decided` - Your communication was approved or rejected
         *     * `communication_embargo_lifting` - An approved communication's embargo lifts soon
         *     * `communication_published` - A communication went out
         *     * `communication_publish_failed` - A communication failed to go out
         *     * `communication_publish_blocked` - Someone tried to publish before the embargo
         * @enum {string}
         */
        NotificationKindEnum: "task_assigned" | "task_due_soon" | "task_overdue" | "task_conflict" | "cross_launch_conflict" | "gate_awaiting_approval" | "gate_decided" | "gate_reopened" | "t_zero_moved" | "communication_awaiting_approval" | "communication_decided" | "communication_embargo_lifting" | "communication_published" | "communication_publish_failed" | "communication_publish_blocked";
        NotificationPreference: {
            /** @description Notification kinds also sent by email, and daily_digest for the daily digest. */
            email_events: components["schemas"]["EmailEventsEnum"][];
            reminder_days_ahead: number;
            email_mode: components["schemas"]["EmailModeEnum"];
        };
        /** @enum {unknown} */
        NullEnum: null;
        PaginatedAuditEventList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["AuditEvent"][];
        };
        PaginatedBaselineList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Baseline"][];
        };
        PaginatedBriefingList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Briefing"][];
        };
        PaginatedBriefingOpenList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["BriefingOpen"][];
        };
        PaginatedCalendarFeedList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["CalendarFeed"][];
        };
        PaginatedCommunicationList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Communication"][];
        };
        PaginatedCrossLaunchDependencyList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["CrossLaunchDependency"][];
        };
        PaginatedDepartmentList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Department"][];
        };
        PaginatedDependencyList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Dependency"][];
        };
        PaginatedFeedbackItemList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["FeedbackItem"][];
        };
        PaginatedGateDecisionList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["GateDecision"][];
        };
        PaginatedGateList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Gate"][];
        };
        PaginatedHintShareList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["HintShare"][];
        };
        PaginatedKnowledgeBaseArticleList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["KnowledgeBaseArticle"][];
        };
        PaginatedLaunchList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Launch"][];
        };
        PaginatedMembershipList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Membership"][];
        };
        PaginatedMilestoneList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Milestone"][];
        };
        PaginatedNotificationList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Notification"][];
        };
        PaginatedPersonList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Person"][];
        };
        PaginatedPlaybookSummaryList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["PlaybookSummary"][];
        };
        PaginatedRecruitmentRoleList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["RecruitmentRole"][];
        };
        PaginatedTaskCommentList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["TaskComment"][];
        };
        PaginatedTaskList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Task"][];
        };
        PaginatedWebhookDeliveryList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["WebhookDelivery"][];
        };
        PaginatedWebhookList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Webhook"][];
        };
        PaginatedWorkstreamList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Workstream"][];
        };
        PasswordSetRequest: {
            uid: string;
            token: string;
            new_password: string;
        };
        PatchedBaselineUpdateRequest: {
            name?: string;
            /** @default false */
            is_current: boolean;
        };
        PatchedCalendarFeedUpdateRequest: {
            /**
             * @description A reminder this many minutes before each item (all-day tasks: before 09:00 of their first day), or null for none.
             *
             *     * `0` - At the start
             *     * `15` - 15 minutes before
             *     * `60` - 1 hour before
             *     * `1440` - 1 day before
             */
            reminder_minutes?: (components["schemas"]["ReminderMinutesEnum"] | components["schemas"]["NullEnum"]) | null;
        };
        PatchedCommunicationPolicyUpdateRequest: {
            approval?: components["schemas"]["ApprovalPolicyEnum"];
        };
        PatchedCommunicationUpdateRequest: {
            kind?: components["schemas"]["CommunicationKindEnum"];
            /** @description Where it appears: LinkedIn, the blog... */
            channel?: string;
            audience?: string;
            title?: string;
            body?: string;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            /** @description Anchored: days from T-0 (-1 is T-1). */
            offset_days?: number | null;
            /**
             * Format: date-time
             * @description Fixed: the planned publish moment (UTC).
             */
            at?: string | null;
            embargo?: components["schemas"]["EmbargoEnum"];
            /** @description With embargo 'gate': not published before this gate is approved. */
            embargo_gate?: number | null;
            /** @description With embargo 'task': not published before this task is done. */
            embargo_task?: number | null;
            /** @description Where it goes out by itself once approved, at its planned moment after its embargo. */
            destinations?: components["schemas"]["DestinationsEnum"][];
            /** @description With the email destination: addresses, one per line or comma. */
            email_recipients?: string;
            /**
             * Format: date-time
             * @description Employee hints: shareable from the planned moment until then.
             */
            share_until?: string | null;
            /** @description Named approvers (active users of any role): each approves it too, under their own name. */
            approvers?: number[];
        };
        /** @description The type and the lag; its two tasks never change (remove it and link again). */
        PatchedCrossLaunchDependencyUpdateRequest: {
            type?: components["schemas"]["LinkTypeEnum"];
            /** @description Calendar days after the predecessor's end (or start). */
            lag_days?: number;
        };
        PatchedDepartmentRequest: {
            name?: string;
            slug?: string;
            description?: string;
        };
        /**
         * @description A link: exactly one predecessor (a task, a milestone or a gate) and one successor (a task, or a milestone
         *     after a task).
         */
        PatchedDependencyUpdateRequest: {
            type?: components["schemas"]["LinkTypeEnum"];
            lag_days?: number;
            /**
             * @description What the lag counts.
             *
             *     * `working` - Working days
             *     * `calendar` - Calendar days
             */
            lag_count?: components["schemas"]["DayCountEnum"];
        };
        PatchedFeedbackItemUpdateRequest: {
            task?: number | null;
            source?: components["schemas"]["SourceEnum"];
            text?: string;
            /** @description Name or e-mail of the external reporter. */
            reported_by?: string;
            state?: components["schemas"]["StateEnum"];
            duplicate_of?: number | null;
        };
        PatchedGateUpdateRequest: {
            name?: string;
            description?: string;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            offset_days?: number | null;
            /** Format: date-time */
            at?: string | null;
            criteria?: number[];
            approver_departments?: number[];
            /** @description Named approvers (active users of any role): each approves under their own name. */
            approver_users?: number[];
        };
        PatchedKnowledgeBaseArticleUpdateRequest: {
            title?: string;
            url?: string;
            status?: components["schemas"]["ArticleStatusEnum"];
            reviewer?: number | null;
            task?: number | null;
        };
        PatchedLaunchRequest: {
            name?: string;
            description?: string;
            /**
             * T-0
             * Format: date-time
             * @description The launch moment (stored in UTC).
             */
            t_zero?: string;
            /** @description IANA zone, e.g. Europe/Paris. */
            time_zone?: string;
            status?: components["schemas"]["LaunchStatusEnum"];
            owner?: number;
            /** @description ISO weekdays worked: 1 is Monday, 7 is Sunday (default Monday to Friday). */
            working_weekdays?: number[];
            /** @description Countries or regions whose public holidays are not worked: US, FR, DE-BY, GB-SCT. */
            holiday_regions?: string[];
            /** @description The launch's own days off, inclusive. */
            closures?: components["schemas"]["ClosureRequest"][];
            /**
             * @description What offsets from T-0 count: T-14 as 14 calendar days or 14 working days before launch day.
             *
             *     * `working` - Working days
             *     * `calendar` - Calendar days
             */
            offset_count?: components["schemas"]["DayCountEnum"];
            /** @description On create: the departments that get a workstream (default: all). */
            departments?: number[];
        };
        PatchedMembershipUpdateRequest: {
            /** @default member */
            role: components["schemas"]["RoleEnum"];
        };
        PatchedMilestoneUpdateRequest: {
            name?: string;
            description?: string;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            offset_days?: number | null;
            /**
             * Format: date-time
             * @description Fixed milestones: the moment (UTC).
             */
            at?: string | null;
        };
        PatchedNotificationPreferenceRequest: {
            /** @description Notification kinds also sent by email, and daily_digest for the daily digest. */
            email_events?: components["schemas"]["EmailEventsEnum"][];
            reminder_days_ahead?: number;
            email_mode?: components["schemas"]["EmailModeEnum"];
        };
        /**
         * @description What the office changes of a person: names, email, zone, the office flag, is_active (false deactivates),
         *     and their weekly capacity for the workload (tasks, hours; null clears).
         */
        PatchedPersonUpdateRequest: {
            first_name?: string;
            last_name?: string;
            /** Email address */
            email?: string;
            time_zone?: string;
            /**
             * Social Business Office
             * @description Office staff plan launches, approve gates and may change everything.
             */
            is_office?: boolean;
            /**
             * Active
             * @description Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
             */
            is_active?: boolean;
            /** @description Open tasks this person can carry in one week. */
            capacity_tasks_per_week?: number | null;
            /** @description Hours of work this person can do in one week. */
            capacity_hours_per_week?: number | null;
        };
        PatchedRecruitmentRoleUpdateRequest: {
            skill?: string;
            /** @description How many people, at least 1. */
            count?: number;
            status?: components["schemas"]["RecruitmentStatusEnum"];
        };
        PatchedTaskRequest: {
            workstream?: number;
            title?: string;
            description?: string;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            /** @description Anchored tasks: start day relative to T-0 (-14 is T-14). */
            offset_days?: number | null;
            /**
             * Format: date
             * @description Fixed tasks: the calendar day it starts.
             */
            start_date?: string | null;
            /** @description Days of work, at least 1. */
            duration_days?: number;
            /**
             * @description Working days of the launch's calendar, or calendar days (elapsed: it runs over days off too).
             *
             *     * `working` - Working days
             *     * `calendar` - Calendar days
             */
            duration_count?: components["schemas"]["DayCountEnum"];
            /**
             * Format: date
             * @description Optional on write: sets duration_days so the task ends on this day (inclusive).
             */
            due_date?: string;
            /**
             * @description The time of day it is due on its due day, in the launch's zone.
             * @example 02:00:00
             */
            due_time?: string | null;
            status?: components["schemas"]["TaskStatusEnum"];
            /**
             * Format: date
             * @description The day work started.
             */
            actual_start?: string | null;
            /**
             * Format: date
             * @description The day it was done.
             */
            actual_finish?: string | null;
            assignee?: number | null;
            /** @description People who share the task beside its assignee (user ids; active people, not the assignee). Written as the whole list; set by the office and the department's lead. */
            collaborators?: number[];
            /** @description Optional: hours of work, spread over the task's days; weighed against a weekly capacity in hours. */
            effort_hours?: number | null;
            /** @description Must be finished by T-0. */
            needed_for_launch?: boolean;
        };
        PatchedWebhookRequest: {
            /**
             * Format: uri
             * @description http(s) only; private and loopback addresses are refused.
             */
            url?: string;
            launch?: number | null;
            events?: components["schemas"]["EventsEnum"][];
            is_active?: boolean;
            /**
             * @description How the payload's text is written: user text is escaped for this tool.
             *
             *     * `slack` - Slack mrkdwn (also Mattermost, Rocket.Chat)
             *     * `teams` - Microsoft Teams Markdown
             *     * `json` - Plain text, for programs
             */
            payload_format?: components["schemas"]["PayloadFormatEnum"];
        };
        PatchedWorkstreamUpdateRequest: {
            lead?: number | null;
            notes?: string;
        };
        /**
         * @description * `slack` - Slack mrkdwn (also Mattermost, Rocket.Chat)
         *     * `teams` - Microsoft Teams Markdown
         *     * `json` - Plain text, for programs
         * @enum {string}
         */
        PayloadFormatEnum: "slack" | "teams" | "json";
        PeopleImportRequest: {
            /**
             * Format: binary
             * @description CSV, UTF-8, a header row naming: username (required), first_name, last_name, email, department (slug), role (lead or member), is_office, time_zone. One row per department of a person (docs/people.md).
             */
            file: string;
            /**
             * @description Check the file and answer who would be added.
             * @default false
             */
            dry_run: boolean;
            /**
             * @description Email each person their link.
             * @default false
             */
            send_invitations: boolean;
        };
        PeopleImportResult: {
            dry_run: boolean;
            /** @description How many people were added (0 in a dry run). */
            created: number;
            /** @description Who was (or, in a dry run, would be) added. */
            people: components["schemas"]["ImportedPerson"][];
        };
        /** @description A person with their office flag, whether they are active, and their departments with their role. */
        Person: {
            readonly id: number;
            /** @description Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only. */
            readonly username: string;
            first_name?: string;
            last_name?: string;
            readonly full_name: string;
            /** Email address */
            email?: string;
            time_zone: string;
            /**
             * Social Business Office
             * @description Office staff plan launches, approve gates and may change everything.
             */
            is_office?: boolean;
            /**
             * Active
             * @description Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
             */
            is_active?: boolean;
            readonly departments: components["schemas"]["PersonDepartment"][];
            /** @description True until the person sets their password through their set-password link. */
            readonly invitation_pending: boolean;
            /** @description Open tasks this person can carry in one week. */
            capacity_tasks_per_week?: number | null;
            /** @description Hours of work this person can do in one week. */
            capacity_hours_per_week?: number | null;
            /** Format: date-time */
            readonly date_joined: string;
            /** Format: date-time */
            readonly last_login: string | null;
        };
        /** @description A new person: invited, without a password; they set one through their one-time set-password link. */
        PersonCreateRequest: {
            username: string;
            first_name?: string;
            last_name?: string;
            /** Email address */
            email?: string;
            /** @default UTC */
            time_zone: string;
            /**
             * Social Business Office
             * @description Office staff plan launches, approve gates and may change everything.
             */
            is_office?: boolean;
            departments?: components["schemas"]["PersonDepartmentInputRequest"][];
            /**
             * @description Email the person their set-password link.
             * @default false
             */
            send_invitation: boolean;
        };
        /** @description A person with their office flag, whether they are active, and their departments with their role. */
        PersonCreated: {
            readonly id: number;
            /** @description Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only. */
            readonly username: string;
            first_name?: string;
            last_name?: string;
            readonly full_name: string;
            /** Email address */
            email?: string;
            time_zone: string;
            /**
             * Social Business Office
             * @description Office staff plan launches, approve gates and may change everything.
             */
            is_office?: boolean;
            /**
             * Active
             * @description Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
             */
            is_active?: boolean;
            readonly departments: components["schemas"]["PersonDepartment"][];
            /** @description True until the person sets their password through their set-password link. */
            readonly invitation_pending: boolean;
            /** @description Open tasks this person can carry in one week. */
            capacity_tasks_per_week?: number | null;
            /** @description Hours of work this person can do in one week. */
            capacity_hours_per_week?: number | null;
            /** Format: date-time */
            readonly date_joined: string;
            /** Format: date-time */
            readonly last_login: string | null;
            /** @description The person's one-time set-password page (with uid and token): hand it over if no email goes. */
            readonly set_password_path: string;
        };
        /** @description One of a person's departments, with the membership's id (PATCH or DELETE it at /department-memberships/). */
        PersonDepartment: {
            readonly id: number;
            readonly department: number;
            readonly department_name: string;
            readonly department_slug: string;
            /** @default member */
            readonly role: components["schemas"]["RoleEnum"];
        };
        PersonDepartmentInputRequest: {
            department: number;
            /** @default member */
            role: components["schemas"]["RoleEnum"];
        };
        /**
         * @description What the office changes of a person: names, email, zone, the office flag, is_active (false deactivates),
         *     and their weekly capacity for the workload (tasks, hours; null clears).
         */
        PersonUpdate: {
            readonly id: number;
            /** @description Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only. */
            readonly username: string;
            first_name?: string;
            last_name?: string;
            readonly full_name: string;
            /** Email address */
            email?: string;
            time_zone: string;
            /**
             * Social Business Office
             * @description Office staff plan launches, approve gates and may change everything.
             */
            is_office?: boolean;
            /**
             * Active
             * @description Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
             */
            is_active?: boolean;
            readonly departments: components["schemas"]["PersonDepartment"][];
            /** @description True until the person sets their password through their set-password link. */
            readonly invitation_pending: boolean;
            /** @description Open tasks this person can carry in one week. */
            capacity_tasks_per_week?: number | null;
            /** @description Hours of work this person can do in one week. */
            capacity_hours_per_week?: number | null;
            /** Format: date-time */
            readonly date_joined: string;
            /** Format: date-time */
            readonly last_login: string | null;
        };
        /**
         * @description A playbook with its working calendar and every item; on create, `from_launch` names the launch whose plan
         *     it saves (the calendar and items are read-only: they come from the launch).
         */
        Playbook: {
            readonly id: number;
            name: string;
            description?: string;
            /** @description The departments that get a workstream. */
            readonly departments: number[];
            readonly task_count: number;
            readonly gate_count: number;
            readonly created_by: number | null;
            readonly created_by_detail: components["schemas"]["UserSummary"] | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
            /** @description ISO weekdays worked (1 is Monday). */
            readonly working_weekdays: number[];
            /** @description Regions whose public holidays are not worked. */
            readonly holiday_regions: string[];
            readonly closures: components["schemas"]["PlaybookClosure"][];
            /**
             * @description What anchored offsets from T-0 count: calendar days or working days.
             *
             *     * `working` - Working days
             *     * `calendar` - Calendar days
             */
            readonly offset_count: components["schemas"]["DayCountEnum"];
            /** @description The zone fixed moments keep their day and time in (the source launch's). */
            readonly time_zone: string;
            readonly roles: components["schemas"]["PlaybookRole"][];
            readonly tasks: components["schemas"]["PlaybookTask"][];
            readonly dependencies: components["schemas"]["PlaybookDependency"][];
            readonly milestones: components["schemas"]["PlaybookMilestone"][];
            readonly gates: components["schemas"]["PlaybookGate"][];
            readonly communications: components["schemas"]["PlaybookCommunication"][];
        };
        /** @description One of the playbook's own non-working periods, in calendar days from T-0's date (inclusive). */
        PlaybookClosure: {
            name: string;
            start_offset: number;
            end_offset: number;
        };
        /** @description One of the playbook's own non-working periods, in calendar days from T-0's date (inclusive). */
        PlaybookClosureRequest: {
            name: string;
            start_offset: number;
            end_offset: number;
        };
        PlaybookCommunication: {
            readonly id: number;
            kind: components["schemas"]["CommunicationKindEnum"];
            channel?: string;
            audience?: string;
            title: string;
            body?: string;
            /** @description The department it is drafted for; empty for the office. */
            department?: number | null;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            /**
             * Format: int64
             * @description Anchored: days from T-0, counted as the playbook's offset_count says. Fixed: calendar days.
             */
            offset_days: number;
            /**
             * @description Fixed: the time of day, in the playbook's time zone, on its day.
             * @example 02:00:00
             */
            at_time?: string | null;
            embargo?: components["schemas"]["EmbargoEnum"];
            embargo_gate?: number | null;
        };
        PlaybookCommunicationRequest: {
            kind: components["schemas"]["CommunicationKindEnum"];
            channel?: string;
            audience?: string;
            title: string;
            body?: string;
            /** @description The department it is drafted for; empty for the office. */
            department?: number | null;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            /**
             * Format: int64
             * @description Anchored: days from T-0, counted as the playbook's offset_count says. Fixed: calendar days.
             */
            offset_days: number;
            /**
             * @description Fixed: the time of day, in the playbook's time zone, on its day.
             * @example 02:00:00
             */
            at_time?: string | null;
            embargo?: components["schemas"]["EmbargoEnum"];
            embargo_gate?: number | null;
        };
        /**
         * @description A link of the playbook, as a launch's dependency: one predecessor (`predecessor` a task,
         *     `predecessor_milestone` or `predecessor_gate`) and one successor (`successor` a task, or
         *     `successor_milestone`); the others are null.
         */
        PlaybookDependency: {
            readonly id: number;
            predecessor?: number | null;
            predecessor_milestone?: number | null;
            predecessor_gate?: number | null;
            successor?: number | null;
            successor_milestone?: number | null;
            type?: components["schemas"]["LinkTypeEnum"];
            /** Format: int64 */
            lag_days?: number;
            /**
             * @description What the lag counts.
             *
             *     * `working` - Working days
             *     * `calendar` - Calendar days
             */
            lag_count?: components["schemas"]["DayCountEnum"];
        };
        /**
         * @description A link of the playbook, as a launch's dependency: one predecessor (`predecessor` a task,
         *     `predecessor_milestone` or `predecessor_gate`) and one successor (`successor` a task, or
         *     `successor_milestone`); the others are null.
         */
        PlaybookDependencyRequest: {
            predecessor?: number | null;
            predecessor_milestone?: number | null;
            predecessor_gate?: number | null;
            successor?: number | null;
            successor_milestone?: number | null;
            type?: components["schemas"]["LinkTypeEnum"];
            /** Format: int64 */
            lag_days?: number;
            /**
             * @description What the lag counts.
             *
             *     * `working` - Working days
             *     * `calendar` - Calendar days
             */
            lag_count?: components["schemas"]["DayCountEnum"];
        };
        PlaybookGate: {
            readonly id: number;
            name: string;
            description?: string;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            /**
             * Format: int64
             * @description Anchored: days from T-0, counted as the playbook's offset_count says. Fixed: calendar days. (-7 is T-7).
             */
            offset_days: number;
            /**
             * @description Fixed: the time of day, in the playbook's time zone, on its day.
             * @example 02:00:00
             */
            at_time?: string | null;
            criteria?: number[];
            approver_departments?: number[];
        };
        PlaybookGateRequest: {
            name: string;
            description?: string;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            /**
             * Format: int64
             * @description Anchored: days from T-0, counted as the playbook's offset_count says. Fixed: calendar days. (-7 is T-7).
             */
            offset_days: number;
            /**
             * @description Fixed: the time of day, in the playbook's time zone, on its day.
             * @example 02:00:00
             */
            at_time?: string | null;
            criteria?: number[];
            approver_departments?: number[];
        };
        PlaybookInstantiateRequest: {
            name: string;
            /** @description Default: the playbook's. */
            description?: string;
            /**
             * Format: date-time
             * @description The new launch's T-0.
             */
            t_zero: string;
            /** @description IANA zone, e.g. Europe/Paris. */
            time_zone: string;
            /** @description Only these of the playbook's departments get a workstream (default: all of them). */
            departments?: number[];
            /** @description Who plays each of the playbook's roles: {role label: user id (or null: nobody)}, each person in the role's department. Unmapped lead roles go to the department's lead; unmapped member roles stay unassigned. */
            roles?: {
                [key: string]: number | null;
            };
        };
        PlaybookMilestone: {
            readonly id: number;
            name: string;
            description?: string;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            /**
             * Format: int64
             * @description Anchored: days from T-0, counted as the playbook's offset_count says. Fixed: calendar days.
             */
            offset_days: number;
            /**
             * @description Fixed: the time of day, in the playbook's time zone, on its day.
             * @example 02:00:00
             */
            at_time?: string | null;
        };
        PlaybookMilestoneRequest: {
            name: string;
            description?: string;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            /**
             * Format: int64
             * @description Anchored: days from T-0, counted as the playbook's offset_count says. Fixed: calendar days.
             */
            offset_days: number;
            /**
             * @description Fixed: the time of day, in the playbook's time zone, on its day.
             * @example 02:00:00
             */
            at_time?: string | null;
        };
        /**
         * @description A playbook with its working calendar and every item; on create, `from_launch` names the launch whose plan
         *     it saves (the calendar and items are read-only: they come from the launch).
         */
        PlaybookRequest: {
            name: string;
            description?: string;
            /** @description The launch whose plan becomes the playbook. */
            from_launch: number;
        };
        PlaybookRole: {
            readonly id: number;
            department: number;
            /**
             * @description The place in the department it stands for: its lead, or a member.
             *
             *     * `lead` - Lead
             *     * `member` - Member
             */
            role?: components["schemas"]["RoleEnum"];
            /** @description How instantiation names it: “PR lead”, “Care member 2”. */
            label: string;
        };
        PlaybookRoleRequest: {
            department: number;
            /**
             * @description The place in the department it stands for: its lead, or a member.
             *
             *     * `lead` - Lead
             *     * `member` - Member
             */
            role?: components["schemas"]["RoleEnum"];
            /** @description How instantiation names it: “PR lead”, “Care member 2”. */
            label: string;
        };
        PlaybookSummary: {
            readonly id: number;
            name: string;
            description?: string;
            /** @description The departments that get a workstream. */
            readonly departments: number[];
            readonly task_count: number;
            readonly gate_count: number;
            readonly created_by: number | null;
            readonly created_by_detail: components["schemas"]["UserSummary"] | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        PlaybookTask: {
            readonly id: number;
            department: number;
            title: string;
            description?: string;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            /**
             * Format: int64
             * @description Start day: Anchored: days from T-0, counted as the playbook's offset_count says. Fixed: calendar days. (-14 is T-14).
             */
            offset_days: number;
            /** Format: int64 */
            duration_days?: number;
            /**
             * @description What the duration counts.
             *
             *     * `working` - Working days
             *     * `calendar` - Calendar days
             */
            duration_count?: components["schemas"]["DayCountEnum"];
            /**
             * @description The time of day it is due on its due day, in the launch's zone.
             * @example 02:00:00
             */
            due_time?: string | null;
            needed_for_launch?: boolean;
            /** @description Who does it, as a role of the playbook; empty: nobody yet. */
            assignee_role?: number | null;
        };
        PlaybookTaskRequest: {
            department: number;
            title: string;
            description?: string;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            /**
             * Format: int64
             * @description Start day: Anchored: days from T-0, counted as the playbook's offset_count says. Fixed: calendar days. (-14 is T-14).
             */
            offset_days: number;
            /** Format: int64 */
            duration_days?: number;
            /**
             * @description What the duration counts.
             *
             *     * `working` - Working days
             *     * `calendar` - Calendar days
             */
            duration_count?: components["schemas"]["DayCountEnum"];
            /**
             * @description The time of day it is due on its due day, in the launch's zone.
             * @example 02:00:00
             */
            due_time?: string | null;
            needed_for_launch?: boolean;
            /** @description Who does it, as a role of the playbook; empty: nobody yet. */
            assignee_role?: number | null;
        };
        PortfolioGate: {
            id: number;
            name: string;
            /**
             * Format: date-time
             * @description The gate's planned moment.
             */
            moment: string;
            status: components["schemas"]["GateStatusEnum"];
            /** @description Calendar days from today (the launch's zone) to the gate's day; negative: past. */
            days_left: number;
            criteria_total: number;
            criteria_done: number;
        };
        PortfolioGateMarker: {
            id: number;
            name: string;
            /**
             * Format: date-time
             * @description The gate's planned moment.
             */
            moment: string;
            status: components["schemas"]["GateStatusEnum"];
        };
        PortfolioLaunch: {
            id: number;
            name: string;
            status: components["schemas"]["LaunchStatusEnum"];
            /** Format: date-time */
            t_zero: string;
            time_zone: string;
            /** @description Calendar days from today in the launch's zone to T-0's date; negative after. */
            days_to_t_zero: number;
            readiness: components["schemas"]["PortfolioReadiness"];
            /** @description Not approved, planned within the next 14 days (from today to today + 14). */
            gates_due: components["schemas"]["PortfolioGate"][];
            /** @description Not approved, criteria not all done, and planned within 14 days, already past, or forecast to finish a criterion after the gate. */
            gates_at_risk: components["schemas"]["PortfolioGate"][];
            /** @description Conflicts of the schedule forecast from today (links, work after launch, late criteria). */
            open_conflicts: number;
            /** @description Days after T-0's date the forecast finishes the work needed for launch (0: on time). */
            forecast_slip_days: number;
            /** @description By moment: planned, or later when the tasks they follow push them. */
            milestones: components["schemas"]["PortfolioMarker"][];
            /** @description Every gate of the launch, by moment. */
            gates: components["schemas"]["PortfolioGateMarker"][];
        };
        PortfolioMarker: {
            id: number;
            name: string;
            /** Format: date-time */
            moment: string;
        };
        PortfolioReadiness: {
            /** @description Tasks not cancelled. */
            total: number;
            done: number;
            /** @description done / total in whole percent, rounded down (0 with no task). */
            percent: number;
            /** @description Open tasks past the day the plan has them due. */
            late: number;
        };
        Publication: {
            /** @description A key of communications.channels.CHANNELS. */
            readonly channel: string;
            readonly status: components["schemas"]["PublicationStatusEnum"];
            readonly attempts: number;
            /** Format: date-time */
            readonly sent_at: string | null;
            /** @description What went out where, in words. */
            readonly detail: string;
            readonly last_error: string;
        };
        /**
         * @description * `pending` - Going out
         *     * `sent` - Sent
         *     * `failed` - Failed
         * @enum {string}
         */
        PublicationStatusEnum: "pending" | "sent" | "failed";
        Readiness: {
            launch: number;
            /**
             * Format: date
             * @description Today in the launch's time zone.
             */
            today: string;
            departments: components["schemas"]["ReadinessDepartment"][];
            gates: components["schemas"]["ReadinessGate"][];
            /** @description Task ids in order. */
            critical_path: number[];
            critical_path_titles: string[];
            /** @description The current comparison, if any. */
            baseline: components["schemas"]["TimelineBaseline"] | null;
            /** @description What slipped since the baseline, most first. */
            slipped: components["schemas"]["ReadinessSlipped"][];
            /** @description The forecast from today: tasks it moved, T-0's slip. */
            forecast: components["schemas"]["TimelineForecast"];
            /** @description Customer Care's articles by status. */
            knowledge_base: components["schemas"]["ReadinessKnowledgeBase"];
            /** @description HR's recruiting. */
            recruiting: components["schemas"]["ReadinessRecruiting"];
            /** @description Communications by status. */
            communications: components["schemas"]["ReadinessCommunications"];
            /** @description Developer feedback (Engineering) by triage state. */
            feedback: components["schemas"]["ReadinessFeedback"];
        };
        ReadinessCommunications: {
            draft: number;
            submitted: number;
            approved: number;
            rejected: number;
            published: number;
            withdrawn: number;
            total: number;
        };
        ReadinessDepartment: {
            department: components["schemas"]["TimelineDepartment"];
            workstream: number;
            total: number;
            todo: number;
            in_progress: number;
            blocked: number;
            done: number;
            cancelled: number;
            /** @description Open tasks whose computed due day is before today. */
            late: number;
            /** @description Tasks due later than in the current baseline. */
            slipped: number;
            /** @description The progress bar: every task not cancelled in exactly one segment (late first, then by status). */
            progress: components["schemas"]["ReadinessProgress"];
        };
        ReadinessFeedback: {
            new: number;
            accepted: number;
            rejected: number;
            duplicate: number;
            done: number;
            total: number;
        };
        ReadinessGate: {
            id: number;
            name: string;
            status: components["schemas"]["GateStatusEnum"];
            /**
             * Format: date
             * @description The gate's day in the launch's time zone.
             */
            date: string;
            /** @description Days from today to the gate (negative: passed). */
            days_left: number;
            criteria_total: number;
            criteria_done: number;
            /** @description How many days too late its latest criterion is forecast to finish (due by the day before the gate). */
            late_days: number;
            /** @description Not approved, criteria still open, and a week or less away or forecast to finish a criterion late. */
            at_risk: boolean;
        };
        ReadinessKnowledgeBase: {
            to_write: number;
            in_review: number;
            published: number;
            total: number;
        };
        ReadinessProgress: {
            done: number;
            /** @description In progress and not late. */
            in_progress: number;
            /** @description To do and not late. */
            not_started: number;
            /** @description Blocked and not late. */
            blocked: number;
            /** @description Open past its planned due day, whatever its status. */
            late: number;
        };
        ReadinessRecruiting: {
            /** @description Roles not cancelled. */
            roles: number;
            /** @description People to recruit over those roles. */
            positions: number;
            /** @description Positions of filled roles. */
            filled: number;
        };
        ReadinessSlipped: {
            task: number;
            title: string;
            /** @description Its department's workstream. */
            workstream: number;
            /** @description Days later than in the current baseline. */
            variance_days: number;
        };
        RecruitmentRole: {
            readonly id: number;
            launch: number;
            skill: string;
            /** @description How many people, at least 1. */
            count?: number;
            status?: components["schemas"]["RecruitmentStatusEnum"];
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        RecruitmentRoleRequest: {
            launch: number;
            skill: string;
            /** @description How many people, at least 1. */
            count?: number;
            status?: components["schemas"]["RecruitmentStatusEnum"];
        };
        RecruitmentRoleUpdate: {
            readonly id: number;
            readonly launch: number;
            skill: string;
            /** @description How many people, at least 1. */
            count?: number;
            status?: components["schemas"]["RecruitmentStatusEnum"];
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        RecruitmentRoleUpdateRequest: {
            skill: string;
            /** @description How many people, at least 1. */
            count?: number;
            status?: components["schemas"]["RecruitmentStatusEnum"];
        };
        /**
         * @description * `open` - Open
         *     * `interviewing` - Interviewing
         *     * `filled` - Filled
         *     * `cancelled` - Cancelled
         * @enum {string}
         */
        RecruitmentStatusEnum: "open" | "interviewing" | "filled" | "cancelled";
        /**
         * @description * `0` - At the start
         *     * `15` - 15 minutes before
         *     * `60` - 1 hour before
         *     * `1440` - 1 day before
         * @enum {integer}
         */
        ReminderMinutesEnum: 0 | 15 | 60 | 1440;
        /**
         * @description * `lead` - Lead
         *     * `member` - Member
         * @enum {string}
         */
        RoleEnum: "lead" | "member";
        /**
         * @description * `anchored` - Anchored to T-0
         *     * `fixed` - Fixed date
         * @enum {string}
         */
        ScheduleModeEnum: "anchored" | "fixed";
        SessionState: {
            /** @description Who is signed in, as `GET /api/v1/me/` tells it; null for nobody. */
            user: components["schemas"]["Me"] | null;
        };
        /**
         * @description * `linkedin` - LinkedIn
         *     * `x` - X
         *     * `mastodon` - Mastodon
         *     * `email` - Email
         *     * `copy` - Copied to the clipboard
         * @enum {string}
         */
        ShareNetworkEnum: "linkedin" | "x" | "mastodon" | "email" | "copy";
        /**
         * @description * `beta_forum` - Beta forum
         *     * `support_ticket` - Support ticket
         *     * `survey` - Survey
         *     * `interview` - Interview
         *     * `app_review` - App review
         *     * `other` - Other
         * @enum {string}
         */
        SourceEnum: "beta_forum" | "support_ticket" | "survey" | "interview" | "app_review" | "other";
        /**
         * @description * `new` - New
         *     * `accepted` - Accepted
         *     * `rejected` - Rejected
         *     * `duplicate` - Duplicate
         *     * `done` - Done
         * @enum {string}
         */
        StateEnum: "new" | "accepted" | "rejected" | "duplicate" | "done";
        TZeroMove: {
            launch_id: number;
            preview: boolean;
            /** Format: date-time */
            t_zero_before: string;
            /** Format: date-time */
            t_zero_after: string;
            /** @description Calendar days launch day moves, in the launch's zone. */
            shift_days: number;
            /** @description Anchored items: they move with T-0. Milestones, gates and communications first, then tasks; at most 500 (moved_count says how many in all). */
            moved: components["schemas"]["MovedItem"][];
            /** @description Anchored items that move, in all. */
            moved_count: number;
            /** @description Of those, tasks. */
            moved_task_count: number;
            /** @description Fixed-date items and work that started: they stay put. At most 500, as `moved`. */
            unchanged: components["schemas"]["MovedItem"][];
            /** @description Items that stay put, in all. */
            unchanged_count: number;
            new_conflicts: components["schemas"]["Conflict"][];
            resolved_conflicts: components["schemas"]["Conflict"][];
            /** @description Items the move puts on a day off. */
            warnings: components["schemas"]["NonWorkingWarning"][];
            /** @description Days the forecast from today finishes work needed for launch after T-0's day, now. */
            t_zero_slip_days_before: number;
            /** @description The same after the move. */
            t_zero_slip_days_after: number;
        };
        TZeroMoveRequestRequest: {
            /**
             * Format: date-time
             * @description The new launch moment.
             */
            t_zero: string;
            /**
             * @description Only report what would change; write nothing.
             * @default false
             */
            preview: boolean;
        };
        Task: {
            readonly id: number;
            readonly launch: number;
            workstream: number;
            readonly department: number;
            readonly department_name: string;
            title: string;
            description?: string;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            /** @description Anchored tasks: start day relative to T-0 (-14 is T-14). */
            offset_days?: number | null;
            /**
             * Format: date
             * @description Fixed tasks: the calendar day it starts.
             */
            start_date?: string | null;
            /** @description Days of work, at least 1. */
            duration_days?: number;
            /**
             * @description Working days of the launch's calendar, or calendar days (elapsed: it runs over days off too).
             *
             *     * `working` - Working days
             *     * `calendar` - Calendar days
             */
            duration_count?: components["schemas"]["DayCountEnum"];
            /**
             * @description The time of day it is due on its due day, in the launch's zone.
             * @example 02:00:00
             */
            due_time?: string | null;
            /** Format: date */
            readonly planned_start: string;
            /** Format: date */
            readonly planned_due: string;
            status?: components["schemas"]["TaskStatusEnum"];
            /**
             * Format: date
             * @description The day work started.
             */
            actual_start?: string | null;
            /**
             * Format: date
             * @description The day it was done.
             */
            actual_finish?: string | null;
            assignee?: number | null;
            readonly assignee_detail: components["schemas"]["UserSummary"] | null;
            /** @description People who share the task beside its assignee (user ids; active people, not the assignee). Written as the whole list; set by the office and the department's lead. */
            collaborators?: number[];
            readonly collaborators_detail: components["schemas"]["UserSummary"][];
            /** @description Optional: hours of work, spread over the task's days; weighed against a weekly capacity in hours. */
            effort_hours?: number | null;
            /** @description Must be finished by T-0. */
            needed_for_launch?: boolean;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        TaskComment: {
            readonly id: number;
            task: number;
            readonly author: components["schemas"]["UserSummary"];
            body: string;
            /** Format: date-time */
            readonly created_at: string;
        };
        TaskCommentRequest: {
            task: number;
            body: string;
        };
        TaskRequest: {
            workstream: number;
            title: string;
            description?: string;
            schedule_mode?: components["schemas"]["ScheduleModeEnum"];
            /** @description Anchored tasks: start day relative to T-0 (-14 is T-14). */
            offset_days?: number | null;
            /**
             * Format: date
             * @description Fixed tasks: the calendar day it starts.
             */
            start_date?: string | null;
            /** @description Days of work, at least 1. */
            duration_days?: number;
            /**
             * @description Working days of the launch's calendar, or calendar days (elapsed: it runs over days off too).
             *
             *     * `working` - Working days
             *     * `calendar` - Calendar days
             */
            duration_count?: components["schemas"]["DayCountEnum"];
            /**
             * Format: date
             * @description Optional on write: sets duration_days so the task ends on this day (inclusive).
             */
            due_date?: string;
            /**
             * @description The time of day it is due on its due day, in the launch's zone.
             * @example 02:00:00
             */
            due_time?: string | null;
            status?: components["schemas"]["TaskStatusEnum"];
            /**
             * Format: date
             * @description The day work started.
             */
            actual_start?: string | null;
            /**
             * Format: date
             * @description The day it was done.
             */
            actual_finish?: string | null;
            assignee?: number | null;
            /** @description People who share the task beside its assignee (user ids; active people, not the assignee). Written as the whole list; set by the office and the department's lead. */
            collaborators?: number[];
            /** @description Optional: hours of work, spread over the task's days; weighed against a weekly capacity in hours. */
            effort_hours?: number | null;
            /** @description Must be finished by T-0. */
            needed_for_launch?: boolean;
        };
        /**
         * @description * `todo` - To do
         *     * `in_progress` - In progress
         *     * `blocked` - Blocked
         *     * `done` - Done
         *     * `cancelled` - Cancelled
         * @enum {string}
         */
        TaskStatusEnum: "todo" | "in_progress" | "blocked" | "done" | "cancelled";
        Timeline: {
            /** @description The plan version and day this body shows (its ETag without quotes); a live change names the version it applies to (docs/live.md). */
            version: string;
            launch: components["schemas"]["TimelineLaunch"];
            /** @description The current comparison, if any. */
            baseline: components["schemas"]["TimelineBaseline"] | null;
            lanes: components["schemas"]["TimelineLane"][];
            people: components["schemas"]["TimelinePerson"][];
            tasks: components["schemas"]["TimelineTask"][];
            dependencies: components["schemas"]["TimelineDependency"][];
            milestones: components["schemas"]["TimelineMarker"][];
            gates: components["schemas"]["TimelineGate"][];
            conflicts: components["schemas"]["Conflict"][];
            /** @description Task ids in order. */
            critical_path: number[];
            /**
             * Format: date
             * @description The day the last task ends.
             */
            end: string | null;
            communications: components["schemas"]["TimelineCommunication"][];
            /** @description Links to tasks of other launches, both ways. */
            cross_launch: components["schemas"]["TimelineCrossLink"][];
            /** @description The launch's working calendar (docs/schedule.md). */
            calendar: components["schemas"]["TimelineCalendar"];
            forecast: components["schemas"]["TimelineForecast"];
            /** @description Items planned on a day off: maybe deliberate, so shown rather than refused. */
            warnings: components["schemas"]["NonWorkingWarning"][];
        };
        TimelineBaseline: {
            id: number;
            name: string;
            /** Format: date-time */
            created_at: string;
        };
        TimelineCalendar: {
            /** @description ISO weekdays worked. */
            working_weekdays: number[];
            holiday_regions: string[];
            /**
             * @description What offsets from T-0 count.
             *
             *     * `working` - Working days
             *     * `calendar` - Calendar days
             */
            offset_count: components["schemas"]["DayCountEnum"];
            /** @description Holidays and closures over the plan's days and 92 days either side (weekly days off: working_weekdays). */
            closed_days: components["schemas"]["TimelineClosedDay"][];
        };
        TimelineClosedDay: {
            /** Format: date */
            date: string;
            /** @description The holiday (and its region) or the closure. */
            reason: string;
        };
        TimelineCommunication: {
            id: number;
            title: string;
            kind: components["schemas"]["CommunicationKindEnum"];
            status: components["schemas"]["CommunicationStatusEnum"];
            /** @description The author's department; null: the office. */
            department: number | null;
            schedule_mode: components["schemas"]["ScheduleModeEnum"];
            offset_days: number | null;
            /**
             * Format: date-time
             * @description The planned publish moment.
             */
            moment: string;
            embargo: components["schemas"]["EmbargoEnum"];
            embargo_gate: number | null;
            /** @description With a task embargo: the task it waits for. */
            embargo_task: number | null;
        };
        /** @description A link to a task of another launch (docs/cross-launch.md), never part of this launch's schedule. */
        TimelineCrossLink: {
            /** @description The cross-launch dependency's id. */
            id: number;
            /**
             * @description incoming: this launch's task waits on the other; outgoing: the other launch's task waits on it.
             *
             *     * `incoming` - incoming
             *     * `outgoing` - outgoing
             */
            direction: components["schemas"]["DirectionEnum"];
            /** @description This launch's task. */
            task: number;
            /** @description The other launch's task. */
            other: components["schemas"]["CrossLaunchTask"];
            type: components["schemas"]["LinkTypeEnum"];
            /** @description Calendar days. */
            lag_days: number;
            violated: boolean;
            /** @description 0 when the link holds. */
            days_late: number;
        };
        TimelineDepartment: {
            id: number;
            name: string;
            slug: string;
        };
        TimelineDependency: {
            id: number;
            /** @description The predecessor task (null: a moment). */
            predecessor: number | null;
            predecessor_milestone: number | null;
            predecessor_gate: number | null;
            /** @description The successor task (null: a milestone). */
            successor: number | null;
            successor_milestone: number | null;
            /**
             * @description Which ends the link ties (docs/schedule.md).
             *
             *     * `finish_to_start` - Finish to start
             *     * `start_to_start` - Start to start
             *     * `finish_to_finish` - Finish to finish
             *     * `start_to_finish` - Start to finish
             */
            type: components["schemas"]["LinkTypeEnum"];
            /** @description Days after the predecessor's end; negative: a lead. */
            lag_days: number;
            /**
             * @description What the lag counts.
             *
             *     * `working` - Working days
             *     * `calendar` - Calendar days
             */
            lag_count: components["schemas"]["DayCountEnum"];
        };
        TimelineForecast: {
            /**
             * Format: date
             * @description The day open work is forecast from (null once the launch is past launch).
             */
            status_date: string | null;
            /** @description Tasks whose dates the forecast moved. */
            forecast_tasks: number;
            /** @description How many days after T-0's day the work needed for launch is forecast to finish (0: on time). */
            t_zero_slip_days: number;
        };
        TimelineGate: {
            id: number;
            name: string;
            kind: components["schemas"]["TimelineGateKindEnum"];
            status: components["schemas"]["TimelineGateStatusEnum"];
            schedule_mode: components["schemas"]["ScheduleModeEnum"];
            offset_days: number | null;
            /** Format: date-time */
            moment: string;
            /** @description Task ids that must be done. */
            criteria: number[];
            /** @description Departments whose leads approve, with the office. */
            approver_departments: number[];
        };
        /**
         * @description * `gate` - gate
         * @enum {string}
         */
        TimelineGateKindEnum: "gate";
        /**
         * @description * `pending` - pending
         *     * `approved` - approved
         *     * `rejected` - rejected
         * @enum {string}
         */
        TimelineGateStatusEnum: "pending" | "approved" | "rejected";
        TimelineLane: {
            /** @description The workstream. */
            id: number;
            department: components["schemas"]["TimelineDepartment"];
            /** @description A person's id (see people). */
            lead: number | null;
            /** @description The first 500 characters of the workstream's notes. */
            notes: string;
            /** @description The notes go on: the whole notes are on the workstream. */
            notes_truncated: boolean;
        };
        TimelineLaunch: {
            id: number;
            name: string;
            status: components["schemas"]["LaunchStatusEnum"];
            /** Format: date-time */
            t_zero: string;
            /** Format: date */
            t_zero_date: string;
            time_zone: string;
        };
        TimelineMarker: {
            /** @description Null for T-0 itself. */
            id: number | null;
            name: string;
            kind: components["schemas"]["TimelineMarkerKindEnum"];
            schedule_mode: components["schemas"]["ScheduleModeEnum"];
            offset_days: number | null;
            /**
             * Format: date-time
             * @description Planned, or later when the tasks it follows push it.
             */
            moment: string;
        };
        /**
         * @description * `milestone` - milestone
         *     * `t_zero` - t_zero
         * @enum {string}
         */
        TimelineMarkerKindEnum: "milestone" | "t_zero";
        TimelinePerson: {
            id: number;
            username: string;
            full_name: string;
        };
        TimelineTask: {
            id: number;
            /** @description The lane. */
            workstream: number;
            title: string;
            status: components["schemas"]["TaskStatusEnum"];
            schedule_mode: components["schemas"]["ScheduleModeEnum"];
            offset_days: number | null;
            duration_days: number;
            /**
             * @description Whether duration_days counts working days or calendar days.
             *
             *     * `working` - Working days
             *     * `calendar` - Calendar days
             */
            duration_count: components["schemas"]["DayCountEnum"];
            /**
             * @description The time of day it is due, in the launch's zone.
             * @example 02:00:00
             */
            due_time: string | null;
            /**
             * Format: date
             * @description From the anchor or fixed date alone.
             */
            planned_start: string;
            /** Format: date */
            planned_due: string;
            /**
             * Format: date
             * @description Computed: no earlier than every link allows.
             */
            start: string;
            /** Format: date */
            due: string;
            /**
             * Format: date
             * @description In the current baseline (null: none).
             */
            baseline_start: string | null;
            /** Format: date */
            baseline_due: string | null;
            /** @description How many days later than in the current baseline it is due (negative: earlier). */
            variance_days: number | null;
            /** @description Days it can slip before it misses its own deadline (negative: late). */
            slack: number;
            /** @description On the critical path to launch (docs/schedule.md). */
            critical: boolean;
            /** @description Open work that should have started or finished by today: its dates are forecast from today. */
            forecast: boolean;
            conflict: boolean;
            needed_for_launch: boolean;
            /** @description A person's id (see people). */
            assignee: number | null;
            /** @description People sharing the task beside its assignee (ids, see people). */
            collaborators: number[];
            /** @description Hours of work, when estimated. */
            effort_hours: number | null;
        };
        UndoStep: {
            readonly id: number;
            /** @description What the step did, in plain words. */
            readonly label: string;
            /** Format: date-time */
            readonly created_at: string;
        };
        UnreadCount: {
            count: number;
        };
        UserSummary: {
            readonly id: number;
            /** @description Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only. */
            username: string;
            readonly full_name: string;
        };
        UserSummaryRequest: {
            /** @description Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only. */
            username: string;
        };
        Webhook: {
            readonly id: number;
            /**
             * Format: uri
             * @description http(s) only; private and loopback addresses are refused.
             */
            url: string;
            launch?: number | null;
            events: components["schemas"]["EventsEnum"][];
            is_active?: boolean;
            /**
             * @description How the payload's text is written: user text is escaped for this tool.
             *
             *     * `slack` - Slack mrkdwn (also Mattermost, Rocket.Chat)
             *     * `teams` - Microsoft Teams Markdown
             *     * `json` - Plain text, for programs
             */
            payload_format?: components["schemas"]["PayloadFormatEnum"];
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        WebhookAttempt: {
            readonly number: number;
            readonly status_code: number | null;
            readonly error: string;
            readonly duration_ms: number;
            /** Format: date-time */
            readonly created_at: string;
        };
        WebhookCreated: {
            readonly id: number;
            /**
             * Format: uri
             * @description http(s) only; private and loopback addresses are refused.
             */
            url: string;
            launch?: number | null;
            events: components["schemas"]["EventsEnum"][];
            is_active?: boolean;
            /**
             * @description How the payload's text is written: user text is escaped for this tool.
             *
             *     * `slack` - Slack mrkdwn (also Mattermost, Rocket.Chat)
             *     * `teams` - Microsoft Teams Markdown
             *     * `json` - Plain text, for programs
             */
            payload_format?: components["schemas"]["PayloadFormatEnum"];
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
            /** @description Shown only in this answer: verify each payload's X-TMinus-Signature with it. */
            readonly secret: string;
        };
        WebhookCreatedRequest: {
            /**
             * Format: uri
             * @description http(s) only; private and loopback addresses are refused.
             */
            url: string;
            launch?: number | null;
            events: components["schemas"]["EventsEnum"][];
            is_active?: boolean;
            /**
             * @description How the payload's text is written: user text is escaped for this tool.
             *
             *     * `slack` - Slack mrkdwn (also Mattermost, Rocket.Chat)
             *     * `teams` - Microsoft Teams Markdown
             *     * `json` - Plain text, for programs
             */
            payload_format?: components["schemas"]["PayloadFormatEnum"];
        };
        WebhookDelivery: {
            readonly id: number;
            readonly webhook: number;
            readonly event: number;
            readonly event_kind: string;
            /** @description The JSON body posted to the webhook. */
            readonly payload: {
                [key: string]: unknown;
            };
            status: components["schemas"]["WebhookDeliveryStatusEnum"];
            readonly attempt_count: number;
            /**
             * Format: date-time
             * @description While pending: when the next attempt is due (from the start, so a lost task is swept up).
             */
            readonly next_attempt_at: string | null;
            /** Format: date-time */
            readonly delivered_at: string | null;
            readonly attempts: components["schemas"]["WebhookAttempt"][];
            /** Format: date-time */
            readonly created_at: string;
        };
        /**
         * @description * `pending` - Pending
         *     * `succeeded` - Succeeded
         *     * `failed` - Failed
         * @enum {string}
         */
        WebhookDeliveryStatusEnum: "pending" | "succeeded" | "failed";
        WebhookRequest: {
            /**
             * Format: uri
             * @description http(s) only; private and loopback addresses are refused.
             */
            url: string;
            launch?: number | null;
            events: components["schemas"]["EventsEnum"][];
            is_active?: boolean;
            /**
             * @description How the payload's text is written: user text is escaped for this tool.
             *
             *     * `slack` - Slack mrkdwn (also Mattermost, Rocket.Chat)
             *     * `teams` - Microsoft Teams Markdown
             *     * `json` - Plain text, for programs
             */
            payload_format?: components["schemas"]["PayloadFormatEnum"];
        };
        WorkloadDay: {
            /** Format: date */
            date: string;
            /** @description Open tasks on this day. */
            tasks: number;
            /**
             * Format: double
             * @description Their effort on this day.
             */
            hours: number;
            /** @description The day's week is over capacity. */
            over: boolean;
        };
        /** @description Everyone's open work per week across launches, against their capacity. */
        WorkloadList: {
            /** @description The weeks' Mondays, in order. */
            weeks: string[];
            people: components["schemas"]["WorkloadPersonRow"][];
            /**
             * Format: date
             * @description The first week's Monday.
             */
            from: string;
        };
        /** @description One person's open work per day and week, and the tasks. */
        WorkloadPerson: {
            capacity_tasks_per_week: number | null;
            capacity_hours_per_week: number | null;
            person: components["schemas"]["WorkloadPersonSummary"];
            departments: string[];
            /** Format: date */
            to: string;
            days: components["schemas"]["WorkloadDay"][];
            /** @description Each week the days fall in, counted over the whole week. */
            weeks: components["schemas"]["WorkloadWeek"][];
            over_allocated: boolean;
            /** @description The open tasks on these days, by start. */
            tasks: components["schemas"]["WorkloadTask"][];
            /**
             * Format: date
             * @description The first day.
             */
            from: string;
        };
        WorkloadPersonRow: {
            capacity_tasks_per_week: number | null;
            capacity_hours_per_week: number | null;
            person: components["schemas"]["WorkloadPersonSummary"];
            /** @description The person's departments' names. */
            departments: string[];
            weeks: components["schemas"]["WorkloadWeek"][];
            /** @description Over capacity in at least one of the weeks. */
            over_allocated: boolean;
        };
        WorkloadPersonSummary: {
            id: number;
            username: string;
            full_name: string;
        };
        WorkloadPreview: {
            capacity_tasks_per_week: number | null;
            capacity_hours_per_week: number | null;
            person: components["schemas"]["WorkloadPersonSummary"];
            task: components["schemas"]["WorkloadPreviewTask"];
            /** @description The weeks the task overlaps. */
            weeks: components["schemas"]["WorkloadPreviewWeek"][];
            over_allocated_after: boolean;
            /** @description The first week over capacity, in plain words. */
            message: string | null;
        };
        WorkloadPreviewTask: {
            id: number;
            /** Format: date */
            start: string;
            /** Format: date */
            due: string;
        };
        WorkloadPreviewWeek: {
            /**
             * Format: date
             * @description The week's Monday.
             */
            week: string;
            /** @description The person's open tasks in the week, this task left out. */
            tasks: number;
            /**
             * Format: double
             * @description Their hours in the week, this task left out.
             */
            hours: number;
            /** @description The launches of those tasks. */
            launches: string[];
            /** @description With this task. */
            tasks_after: number;
            /**
             * Format: double
             * @description With this task's hours in the week.
             */
            hours_after: number;
            /** @description Over capacity with this task. */
            over_after: boolean;
        };
        /**
         * @description * `assignee` - Assignee
         *     * `collaborator` - Collaborator
         * @enum {string}
         */
        WorkloadRoleEnum: "assignee" | "collaborator";
        WorkloadTask: {
            id: number;
            title: string;
            launch: number;
            launch_name: string;
            department_name: string;
            /**
             * Format: date
             * @description The first day as the launch's schedule has it (forecast from today).
             */
            start: string;
            /**
             * Format: date
             * @description The last day as the launch's schedule has it.
             */
            due: string;
            status: components["schemas"]["TaskStatusEnum"];
            /**
             * @description The person's part: the task's assignee or one of its collaborators.
             *
             *     * `assignee` - Assignee
             *     * `collaborator` - Collaborator
             */
            role: components["schemas"]["WorkloadRoleEnum"];
            effort_hours: number | null;
        };
        WorkloadWeek: {
            /**
             * Format: date
             * @description The week's Monday.
             */
            week: string;
            /** @description Open tasks overlapping the week (as assignee or collaborator). */
            tasks: number;
            /**
             * Format: double
             * @description Their effort in the week, spread evenly over each task's working days.
             */
            hours: number;
            /** @description In how many launches. */
            launches: number;
            /** @description More tasks or hours than the person's capacity (each only if set). */
            over: boolean;
        };
        Workstream: {
            readonly id: number;
            launch: number;
            department: number;
            readonly department_name: string;
            lead?: number | null;
            readonly lead_detail: components["schemas"]["UserSummary"] | null;
            notes?: string;
            readonly task_count: number;
            readonly done_task_count: number;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        WorkstreamRequest: {
            launch: number;
            department: number;
            lead?: number | null;
            notes?: string;
        };
        WorkstreamUpdate: {
            readonly id: number;
            readonly launch: number;
            readonly department: number;
            readonly department_name: string;
            lead?: number | null;
            readonly lead_detail: components["schemas"]["UserSummary"] | null;
            notes?: string;
            readonly task_count: number;
            readonly done_task_count: number;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        WorkstreamUpdateRequest: {
            lead?: number | null;
            notes?: string;
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
    v1_auth_password_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordSetRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PasswordSetRequest"];
                "multipart/form-data": components["schemas"]["PasswordSetRequest"];
            };
        };
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_auth_session_retrieve: {
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
                    "application/json": components["schemas"]["SessionState"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_auth_session_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["LoginRequest"];
                "multipart/form-data": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_auth_session_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_auth_token_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["LoginRequest"];
                "multipart/form-data": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthTokenResponse"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_auth_token_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_baselines_list: {
        parameters: {
            query?: {
                is_current?: boolean;
                launch?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
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
                    "application/json": components["schemas"]["PaginatedBaselineList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_baselines_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BaselineRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["BaselineRequest"];
                "multipart/form-data": components["schemas"]["BaselineRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Baseline"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_baselines_retrieve: {
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
                    "application/json": components["schemas"]["Baseline"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_baselines_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BaselineUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["BaselineUpdateRequest"];
                "multipart/form-data": components["schemas"]["BaselineUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaselineUpdate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_baselines_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_baselines_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedBaselineUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedBaselineUpdateRequest"];
                "multipart/form-data": components["schemas"]["PatchedBaselineUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaselineUpdate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_briefings_list: {
        parameters: {
            query?: {
                /** @description One communication's briefings (403 if you may not brief on it); without it, every briefing you may manage. */
                communication?: number;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
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
                    "application/json": components["schemas"]["PaginatedBriefingList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_briefings_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BriefingCreateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["BriefingCreateRequest"];
                "multipart/form-data": components["schemas"]["BriefingCreateRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Briefing"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_briefings_opens_list: {
        parameters: {
            query?: {
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
            };
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
                    "application/json": components["schemas"]["PaginatedBriefingOpenList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_briefings_revoke_create: {
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
                    "application/json": components["schemas"]["Briefing"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_calendar_feeds_list: {
        parameters: {
            query?: {
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
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
                    "application/json": components["schemas"]["PaginatedCalendarFeedList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_calendar_feeds_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarFeedCreateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["CalendarFeedCreateRequest"];
                "multipart/form-data": components["schemas"]["CalendarFeedCreateRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeed"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_calendar_feeds_destroy: {
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
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_calendar_feeds_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedCalendarFeedUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedCalendarFeedUpdateRequest"];
                "multipart/form-data": components["schemas"]["PatchedCalendarFeedUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeed"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_calendar_feeds_rotate_create: {
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
                    "application/json": components["schemas"]["CalendarFeed"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_communication_board_retrieve: {
        parameters: {
            query: {
                /** @description The launch. */
                launch: number;
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
                    "application/json": components["schemas"]["CommunicationBoard"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_communication_policies_list: {
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
                    "application/json": components["schemas"]["CommunicationPolicy"][];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_communication_policies_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedCommunicationPolicyUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedCommunicationPolicyUpdateRequest"];
                "multipart/form-data": components["schemas"]["PatchedCommunicationPolicyUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationPolicy"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_communications_list: {
        parameters: {
            query?: {
                author?: number;
                department?: number;
                embargo_gate?: number;
                /**
                 * @description * `employee_hint` - Employee hint
                 *     * `social_post` - Social post
                 *     * `blog` - Blog
                 *     * `community_post` - Community forum post
                 *     * `press_release` - Press release
                 *     * `newsletter` - Newsletter
                 *     * `internal_notice` - Internal notice
                 */
                kind?: ("blog" | "community_post" | "employee_hint" | "internal_notice" | "newsletter" | "press_release" | "social_post")[];
                launch?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /**
                 * @description * `draft` - Draft
                 *     * `submitted` - Submitted for approval
                 *     * `approved` - Approved
                 *     * `rejected` - Rejected
                 *     * `published` - Published
                 *     * `withdrawn` - Withdrawn
                 */
                status?: ("approved" | "draft" | "published" | "rejected" | "submitted" | "withdrawn")[];
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
                    "application/json": components["schemas"]["PaginatedCommunicationList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_communications_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommunicationRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["CommunicationRequest"];
                "multipart/form-data": components["schemas"]["CommunicationRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Communication"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_communications_retrieve: {
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
                    "application/json": components["schemas"]["Communication"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_communications_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommunicationUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["CommunicationUpdateRequest"];
                "multipart/form-data": components["schemas"]["CommunicationUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationUpdate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_communications_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_communications_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedCommunicationUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedCommunicationUpdateRequest"];
                "multipart/form-data": components["schemas"]["PatchedCommunicationUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationUpdate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_communications_decide_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommunicationDecideRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["CommunicationDecideRequest"];
                "multipart/form-data": components["schemas"]["CommunicationDecideRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Communication"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_communications_publish_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
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
                    "application/json": components["schemas"]["Communication"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_communications_submit_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
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
                    "application/json": components["schemas"]["Communication"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_communications_withdraw_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
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
                    "application/json": components["schemas"]["Communication"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_cross_launch_dependencies_list: {
        parameters: {
            query?: {
                /** @description Links with either end in this launch. */
                launch?: string;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
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
                    "application/json": components["schemas"]["PaginatedCrossLaunchDependencyList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_cross_launch_dependencies_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrossLaunchDependencyCreateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["CrossLaunchDependencyCreateRequest"];
                "multipart/form-data": components["schemas"]["CrossLaunchDependencyCreateRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrossLaunchDependency"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_cross_launch_dependencies_retrieve: {
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
                    "application/json": components["schemas"]["CrossLaunchDependency"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_cross_launch_dependencies_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_cross_launch_dependencies_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedCrossLaunchDependencyUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedCrossLaunchDependencyUpdateRequest"];
                "multipart/form-data": components["schemas"]["PatchedCrossLaunchDependencyUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrossLaunchDependency"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_department_memberships_list: {
        parameters: {
            query?: {
                department?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /**
                 * @description * `lead` - Lead
                 *     * `member` - Member
                 */
                role?: "lead" | "member";
                user?: number;
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
                    "application/json": components["schemas"]["PaginatedMembershipList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_department_memberships_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MembershipRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["MembershipRequest"];
                "multipart/form-data": components["schemas"]["MembershipRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Membership"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_department_memberships_retrieve: {
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
                    "application/json": components["schemas"]["Membership"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_department_memberships_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MembershipUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["MembershipUpdateRequest"];
                "multipart/form-data": components["schemas"]["MembershipUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipUpdate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_department_memberships_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_department_memberships_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedMembershipUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedMembershipUpdateRequest"];
                "multipart/form-data": components["schemas"]["PatchedMembershipUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipUpdate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_departments_list: {
        parameters: {
            query?: {
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                slug?: string;
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
                    "application/json": components["schemas"]["PaginatedDepartmentList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_departments_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepartmentRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["DepartmentRequest"];
                "multipart/form-data": components["schemas"]["DepartmentRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_departments_retrieve: {
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
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_departments_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepartmentRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["DepartmentRequest"];
                "multipart/form-data": components["schemas"]["DepartmentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_departments_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_departments_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedDepartmentRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedDepartmentRequest"];
                "multipart/form-data": components["schemas"]["PatchedDepartmentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_dependencies_list: {
        parameters: {
            query?: {
                launch?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                predecessor?: number;
                successor?: number;
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
                    "application/json": components["schemas"]["PaginatedDependencyList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_dependencies_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DependencyRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["DependencyRequest"];
                "multipart/form-data": components["schemas"]["DependencyRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dependency"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_dependencies_retrieve: {
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
                    "application/json": components["schemas"]["Dependency"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_dependencies_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DependencyUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["DependencyUpdateRequest"];
                "multipart/form-data": components["schemas"]["DependencyUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DependencyUpdate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_dependencies_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_dependencies_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedDependencyUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedDependencyUpdateRequest"];
                "multipart/form-data": components["schemas"]["PatchedDependencyUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DependencyUpdate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_feedback_items_list: {
        parameters: {
            query?: {
                launch?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /**
                 * @description * `beta_forum` - Beta forum
                 *     * `support_ticket` - Support ticket
                 *     * `survey` - Survey
                 *     * `interview` - Interview
                 *     * `app_review` - App review
                 *     * `other` - Other
                 */
                source?: ("app_review" | "beta_forum" | "interview" | "other" | "support_ticket" | "survey")[];
                /**
                 * @description * `new` - New
                 *     * `accepted` - Accepted
                 *     * `rejected` - Rejected
                 *     * `duplicate` - Duplicate
                 *     * `done` - Done
                 */
                state?: ("accepted" | "done" | "duplicate" | "new" | "rejected")[];
                task?: number;
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
                    "application/json": components["schemas"]["PaginatedFeedbackItemList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_feedback_items_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackItemRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["FeedbackItemRequest"];
                "multipart/form-data": components["schemas"]["FeedbackItemRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackItem"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_feedback_items_retrieve: {
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
                    "application/json": components["schemas"]["FeedbackItem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_feedback_items_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackItemUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["FeedbackItemUpdateRequest"];
                "multipart/form-data": components["schemas"]["FeedbackItemUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackItemUpdate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_feedback_items_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_feedback_items_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedFeedbackItemUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedFeedbackItemUpdateRequest"];
                "multipart/form-data": components["schemas"]["PatchedFeedbackItemUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackItemUpdate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_feedback_items_import_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FeedbackImportRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackImportResult"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_feedback_items_summary_retrieve: {
        parameters: {
            query: {
                /** @description The launch. */
                launch: number;
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
                    "application/json": components["schemas"]["FeedbackSummary"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_gate_decisions_list: {
        parameters: {
            query?: {
                actor?: number;
                gate?: number;
                /**
                 * @description * `approve` - Approve
                 *     * `reject` - Reject
                 *     * `reopen` - Reopened
                 */
                kind?: "approve" | "reject" | "reopen";
                launch?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                round?: number;
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
                    "application/json": components["schemas"]["PaginatedGateDecisionList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_gate_decisions_retrieve: {
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
                    "application/json": components["schemas"]["GateDecision"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_gates_list: {
        parameters: {
            query?: {
                launch?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /**
                 * @description * `pending` - Pending
                 *     * `approved` - Approved
                 *     * `rejected` - Rejected
                 */
                status?: "approved" | "pending" | "rejected";
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
                    "application/json": components["schemas"]["PaginatedGateList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_gates_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["GateRequest"];
                "multipart/form-data": components["schemas"]["GateRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Gate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_gates_retrieve: {
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
                    "application/json": components["schemas"]["Gate"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_gates_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GateUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["GateUpdateRequest"];
                "multipart/form-data": components["schemas"]["GateUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GateUpdate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_gates_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_gates_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedGateUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedGateUpdateRequest"];
                "multipart/form-data": components["schemas"]["PatchedGateUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GateUpdate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_gates_decide_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GateDecideRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["GateDecideRequest"];
                "multipart/form-data": components["schemas"]["GateDecideRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Gate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_gates_reopen_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GateReopenRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["GateReopenRequest"];
                "multipart/form-data": components["schemas"]["GateReopenRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Gate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_hint_shares_list: {
        parameters: {
            query?: {
                communication?: number;
                launch?: number;
                /**
                 * @description * `linkedin` - LinkedIn
                 *     * `x` - X
                 *     * `mastodon` - Mastodon
                 *     * `email` - Email
                 *     * `copy` - Copied to the clipboard
                 */
                network?: "copy" | "email" | "linkedin" | "mastodon" | "x";
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                user?: number;
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
                    "application/json": components["schemas"]["PaginatedHintShareList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_hints_list: {
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
                    "application/json": components["schemas"]["Hint"][];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_hints_share_create: {
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
                "application/json": components["schemas"]["HintShareRequestRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["HintShareRequestRequest"];
                "multipart/form-data": components["schemas"]["HintShareRequestRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HintShare"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_kb_articles_list: {
        parameters: {
            query?: {
                launch?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                reviewer?: number;
                /**
                 * @description * `to_write` - To write
                 *     * `in_review` - In review
                 *     * `published` - Published
                 */
                status?: ("in_review" | "published" | "to_write")[];
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
                    "application/json": components["schemas"]["PaginatedKnowledgeBaseArticleList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_kb_articles_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeBaseArticleRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["KnowledgeBaseArticleRequest"];
                "multipart/form-data": components["schemas"]["KnowledgeBaseArticleRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeBaseArticle"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_kb_articles_retrieve: {
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
                    "application/json": components["schemas"]["KnowledgeBaseArticle"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_kb_articles_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeBaseArticleUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["KnowledgeBaseArticleUpdateRequest"];
                "multipart/form-data": components["schemas"]["KnowledgeBaseArticleUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeBaseArticleUpdate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_kb_articles_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_kb_articles_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedKnowledgeBaseArticleUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedKnowledgeBaseArticleUpdateRequest"];
                "multipart/form-data": components["schemas"]["PatchedKnowledgeBaseArticleUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeBaseArticleUpdate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_launches_list: {
        parameters: {
            query?: {
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                owner?: number;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /**
                 * @description * `draft` - Draft
                 *     * `planning` - Planning
                 *     * `ready` - Ready
                 *     * `launched` - Launched
                 *     * `closed` - Closed
                 *     * `cancelled` - Cancelled
                 */
                status?: ("cancelled" | "closed" | "draft" | "launched" | "planning" | "ready")[];
                t_zero_after?: string;
                t_zero_before?: string;
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
                    "application/json": components["schemas"]["PaginatedLaunchList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_launches_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LaunchRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["LaunchRequest"];
                "multipart/form-data": components["schemas"]["LaunchRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Launch"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_launches_activity_list: {
        parameters: {
            query?: {
                /**
                 * @description * `create` - Created
                 *     * `update` - Changed
                 *     * `delete` - Deleted
                 *     * `transition` - Status changed
                 *     * `move_t_zero` - Launch day moved
                 *     * `decide` - Gate decision
                 *     * `reopen` - Gate reopened
                 *     * `broadcast` - Posted to webhooks
                 *     * `publish_failed` - Failed to go out
                 *     * `publish_blocked` - Publishing refused before the embargo
                 *     * `revoke` - Revoked
                 */
                action?: "broadcast" | "create" | "decide" | "delete" | "move_t_zero" | "publish_blocked" | "publish_failed" | "reopen" | "revoke" | "transition" | "update";
                actor?: number;
                department?: number;
                entity?: string;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
            };
            header?: never;
            path: {
                launch_id: string;
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
                    "application/json": components["schemas"]["PaginatedAuditEventList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_launches_burndown_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                launch_id: string;
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
                    "application/json": components["schemas"]["Burndown"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    launches_export_csv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                launch_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV, UTF-8. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    launches_export_xlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                launch_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One sheet, Plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_launches_history_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                launch_id: string;
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
                    "application/json": components["schemas"]["HistoryState"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_launches_redo_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                launch_id: string;
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
                    "application/json": components["schemas"]["HistoryApplied"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_launches_undo_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                launch_id: string;
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
                    "application/json": components["schemas"]["HistoryApplied"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_launches_retrieve: {
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
                    "application/json": components["schemas"]["Launch"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_launches_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LaunchRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["LaunchRequest"];
                "multipart/form-data": components["schemas"]["LaunchRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Launch"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_launches_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_launches_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedLaunchRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedLaunchRequest"];
                "multipart/form-data": components["schemas"]["PatchedLaunchRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Launch"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_launches_move_t_zero_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TZeroMoveRequestRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["TZeroMoveRequestRequest"];
                "multipart/form-data": components["schemas"]["TZeroMoveRequestRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TZeroMove"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_launches_readiness_retrieve: {
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
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_launches_timeline_retrieve: {
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
                    "application/json": components["schemas"]["Timeline"];
                };
            };
            /** @description Not modified since the ETag. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_launches_transition_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LaunchTransitionRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["LaunchTransitionRequest"];
                "multipart/form-data": components["schemas"]["LaunchTransitionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Launch"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_me_retrieve: {
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
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_milestones_list: {
        parameters: {
            query?: {
                launch?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /**
                 * @description * `anchored` - Anchored to T-0
                 *     * `fixed` - Fixed date
                 */
                schedule_mode?: "anchored" | "fixed";
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
                    "application/json": components["schemas"]["PaginatedMilestoneList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_milestones_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MilestoneRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["MilestoneRequest"];
                "multipart/form-data": components["schemas"]["MilestoneRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Milestone"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_milestones_retrieve: {
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
                    "application/json": components["schemas"]["Milestone"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_milestones_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MilestoneUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["MilestoneUpdateRequest"];
                "multipart/form-data": components["schemas"]["MilestoneUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneUpdate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_milestones_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_milestones_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedMilestoneUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedMilestoneUpdateRequest"];
                "multipart/form-data": components["schemas"]["PatchedMilestoneUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneUpdate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_notification_preferences_retrieve: {
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
                    "application/json": components["schemas"]["NotificationPreference"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_notification_preferences_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedNotificationPreferenceRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedNotificationPreferenceRequest"];
                "multipart/form-data": components["schemas"]["PatchedNotificationPreferenceRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreference"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_notifications_list: {
        parameters: {
            query?: {
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description Only unread (true) or read (false). */
                unread?: boolean;
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
                    "application/json": components["schemas"]["PaginatedNotificationList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_notifications_read_create: {
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
                    "application/json": components["schemas"]["Notification"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_notifications_read_all_create: {
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
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_notifications_unread_count_retrieve: {
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
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_playbooks_list: {
        parameters: {
            query?: {
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
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
                    "application/json": components["schemas"]["PaginatedPlaybookSummaryList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_playbooks_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaybookRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PlaybookRequest"];
                "multipart/form-data": components["schemas"]["PlaybookRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Playbook"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_playbooks_retrieve: {
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
                    "application/json": components["schemas"]["Playbook"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_playbooks_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_playbooks_instantiate_create: {
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
                "application/json": components["schemas"]["PlaybookInstantiateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PlaybookInstantiateRequest"];
                "multipart/form-data": components["schemas"]["PlaybookInstantiateRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Launch"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_portfolio_list: {
        parameters: {
            query?: {
                /** @description Only launches with a workstream of this department. */
                department?: number;
                /**
                 * @description Only launches in these statuses (repeat for several); closed and cancelled are never shown.
                 *
                 *     * `draft` - Draft
                 *     * `planning` - Planning
                 *     * `ready` - Ready
                 *     * `launched` - Launched
                 */
                status?: ("draft" | "launched" | "planning" | "ready")[];
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
                    "application/json": components["schemas"]["PortfolioLaunch"][];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_recruitment_roles_list: {
        parameters: {
            query?: {
                launch?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /**
                 * @description * `open` - Open
                 *     * `interviewing` - Interviewing
                 *     * `filled` - Filled
                 *     * `cancelled` - Cancelled
                 */
                status?: ("cancelled" | "filled" | "interviewing" | "open")[];
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
                    "application/json": components["schemas"]["PaginatedRecruitmentRoleList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_recruitment_roles_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecruitmentRoleRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["RecruitmentRoleRequest"];
                "multipart/form-data": components["schemas"]["RecruitmentRoleRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecruitmentRole"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_recruitment_roles_retrieve: {
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
                    "application/json": components["schemas"]["RecruitmentRole"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_recruitment_roles_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecruitmentRoleUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["RecruitmentRoleUpdateRequest"];
                "multipart/form-data": components["schemas"]["RecruitmentRoleUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecruitmentRoleUpdate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_recruitment_roles_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_recruitment_roles_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedRecruitmentRoleUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedRecruitmentRoleUpdateRequest"];
                "multipart/form-data": components["schemas"]["PatchedRecruitmentRoleUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecruitmentRoleUpdate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_task_comments_list: {
        parameters: {
            query?: {
                author?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                task?: number;
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
                    "application/json": components["schemas"]["PaginatedTaskCommentList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_task_comments_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCommentRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["TaskCommentRequest"];
                "multipart/form-data": components["schemas"]["TaskCommentRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskComment"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_task_comments_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this task comment. */
                id: number;
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
                    "application/json": components["schemas"]["TaskComment"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_tasks_list: {
        parameters: {
            query?: {
                assignee?: number;
                department?: number;
                launch?: number;
                needed_for_launch?: boolean;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                person?: number;
                /**
                 * @description * `anchored` - Anchored to T-0
                 *     * `fixed` - Fixed date
                 */
                schedule_mode?: "anchored" | "fixed";
                /**
                 * @description * `todo` - To do
                 *     * `in_progress` - In progress
                 *     * `blocked` - Blocked
                 *     * `done` - Done
                 *     * `cancelled` - Cancelled
                 */
                status?: ("blocked" | "cancelled" | "done" | "in_progress" | "todo")[];
                workstream?: number;
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
                    "application/json": components["schemas"]["PaginatedTaskList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_tasks_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["TaskRequest"];
                "multipart/form-data": components["schemas"]["TaskRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_tasks_retrieve: {
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
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_tasks_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["TaskRequest"];
                "multipart/form-data": components["schemas"]["TaskRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_tasks_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_tasks_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedTaskRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedTaskRequest"];
                "multipart/form-data": components["schemas"]["PatchedTaskRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_users_list: {
        parameters: {
            query?: {
                department?: number;
                /** @description Deactivated people too (the office only: others get 403). */
                include_inactive?: boolean;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
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
                    "application/json": components["schemas"]["PaginatedPersonList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_users_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonCreateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PersonCreateRequest"];
                "multipart/form-data": components["schemas"]["PersonCreateRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonCreated"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_users_retrieve: {
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
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_users_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedPersonUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedPersonUpdateRequest"];
                "multipart/form-data": components["schemas"]["PatchedPersonUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonUpdate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_users_invitation_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["InvitationRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["InvitationRequest"];
                "multipart/form-data": components["schemas"]["InvitationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResult"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_users_import_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["PeopleImportRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeopleImportResult"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeopleImportResult"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_webhook_deliveries_list: {
        parameters: {
            query?: {
                event_kind?: string;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /**
                 * @description * `pending` - Pending
                 *     * `succeeded` - Succeeded
                 *     * `failed` - Failed
                 */
                status?: "failed" | "pending" | "succeeded";
                webhook?: number;
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
                    "application/json": components["schemas"]["PaginatedWebhookDeliveryList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_webhook_deliveries_retrieve: {
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
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_webhooks_list: {
        parameters: {
            query?: {
                is_active?: boolean;
                launch?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
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
                    "application/json": components["schemas"]["PaginatedWebhookList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_webhooks_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCreatedRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["WebhookCreatedRequest"];
                "multipart/form-data": components["schemas"]["WebhookCreatedRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreated"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_webhooks_retrieve: {
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
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_webhooks_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["WebhookRequest"];
                "multipart/form-data": components["schemas"]["WebhookRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_webhooks_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_webhooks_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedWebhookRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedWebhookRequest"];
                "multipart/form-data": components["schemas"]["PatchedWebhookRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    workload_list: {
        parameters: {
            query?: {
                /** @description Only the people of this department (its slug); their work in every launch counts. */
                department?: string;
                /** @description The first day (YYYY-MM-DD); the list starts on its week's Monday. Default: this week's Monday. */
                from?: string;
                /** @description Only the over-allocated people. */
                over?: boolean;
                /** @description How many weeks, 1 to 26 (default 8). */
                weeks?: number;
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
                    "application/json": components["schemas"]["WorkloadList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    workload_person: {
        parameters: {
            query?: {
                /** @description The first day (YYYY-MM-DD). Default: this week's Monday. */
                from?: string;
                /** @description The last day (YYYY-MM-DD), at most 92 days from `from` included. Default: four weeks. */
                to?: string;
            };
            header?: never;
            path: {
                person_id: string;
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
                    "application/json": components["schemas"]["WorkloadPerson"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    workload_preview: {
        parameters: {
            query: {
                /** @description The person to put on the task. */
                person: number;
                /** @description The task, as assignee or collaborator. */
                task: number;
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
                    "application/json": components["schemas"]["WorkloadPreview"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_workstreams_list: {
        parameters: {
            query?: {
                department?: number;
                launch?: number;
                lead?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
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
                    "application/json": components["schemas"]["PaginatedWorkstreamList"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_workstreams_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkstreamRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["WorkstreamRequest"];
                "multipart/form-data": components["schemas"]["WorkstreamRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workstream"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_workstreams_retrieve: {
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
                    "application/json": components["schemas"]["Workstream"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_workstreams_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WorkstreamUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["WorkstreamUpdateRequest"];
                "multipart/form-data": components["schemas"]["WorkstreamUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkstreamUpdate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_workstreams_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    v1_workstreams_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited; a 412 answers if the object changed since. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedWorkstreamUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedWorkstreamUpdateRequest"];
                "multipart/form-data": components["schemas"]["PatchedWorkstreamUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkstreamUpdate"];
                };
            };
            /** @description Invalid input (or filter): `extra.fields` names each field and its problem. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated, but this role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or, for a list, no such page). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current state (an object still in use, a rule of the plan). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match: the object changed since you read it. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
