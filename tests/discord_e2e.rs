//! The Discord layer end to end, in-process: `sarcoma_bot::discord::serve` (the same function
//! `sarcoma-bot run` calls) against the fake Discord in `fake_discord/`. Each test asserts on the
//! REST calls the bot actually made; every test also ends with [`Running::stop`], which checks a
//! clean shutdown, that every body disallowed all mentions and fit Discord's limits, and that each
//! interaction was answered exactly once.

mod fake_discord;

use std::time::Duration;

use fake_discord::*;
use sarcoma_bot::brain::{Location, Origin, Reply, Site, Stage};
use sarcoma_bot::discord::handler::NOT_THE_ASKER;
use sarcoma_bot::discord::outgoing::DISCLAIMER_FIELD;
use serde_json::{json, Value};

const TOKEN: &str = "test-token-e2e";
const URGENT_TEXT: &str = "I want to kill myself";
/// How long to wait before concluding that the bot sent nothing.
const QUIET: Duration = Duration::from_millis(300);

fn ask(text: &str) -> Reply {
    brain()
        .reply(text, Origin::Direct)
        .expect("direct messages always get a reply")
}

/// Starts the bot against a fresh fake and waits until it is connected and has registered its
/// commands.
async fn start(cooldown_secs: u64, dev_guild: Option<u64>) -> Running {
    Running::start(TOKEN, cooldown_secs, dev_guild).await
}

impl Running {
    /// Shuts the bot down, checks it went cleanly, checks every body, and returns all calls.
    async fn stop(self) -> Vec<Call> {
        let calls = self.shut_down().await.calls();
        for c in &calls {
            check_body(c);
        }
        for (id, n) in callbacks_per_interaction(&calls) {
            assert_eq!(n, 1, "interaction {id} was answered {n} times");
        }
        calls
    }

    /// Sends a DM that is answered and waits for its reply, then [`QUIET`]: once it is in, the
    /// events sent before it had their chance to be answered.
    async fn sentinel(&self) {
        self.fake
            .dm_and_wait("the sentinel reply", ALICE, "hello")
            .await;
        tokio::time::sleep(QUIET).await;
    }
}

/// Every message and interaction response: no mentions allowed, within Discord's limits.
fn check_body(c: &Call) {
    let no_pings = json!({"parse": [], "users": [], "roles": []});
    let msg = if c.path.ends_with("/callback") {
        match c.body["type"].as_u64() {
            Some(4 | 7) => &c.body["data"],
            _ => return,
        }
    } else if c.method == "POST"
        && (c.path.ends_with("/messages") || c.path.starts_with("/api/v10/webhooks/"))
    {
        &c.body
    } else {
        return;
    };
    assert_eq!(
        msg["allowed_mentions"], no_pings,
        "{} {} must disallow all mentions: {:#}",
        c.method, c.path, c.body
    );
    let len = |v: &Value| v.as_str().map_or(0, |s| s.chars().count());
    assert!(len(&msg["content"]) <= 2000, "content over 2000 characters");
    for e in msg["embeds"].as_array().into_iter().flatten() {
        assert!(
            len(&e["title"]) <= 256
                && len(&e["description"]) <= 4096
                && len(&e["footer"]["text"]) <= 2048
        );
        let fields = e["fields"].as_array().cloned().unwrap_or_default();
        assert!(fields.len() <= 25);
        let mut total = len(&e["title"]) + len(&e["description"]) + len(&e["footer"]["text"]);
        for f in &fields {
            assert!(
                len(&f["name"]) <= 256 && len(&f["value"]) <= 1024,
                "field over the limits: {f:#}"
            );
            total += len(&f["name"]) + len(&f["value"]);
        }
        assert!(total <= 6000, "embed over 6000 characters");
    }
}

/// The embeds of a message body or interaction `data` (none when the key is absent).
fn embeds(msg: &Value) -> Vec<Value> {
    msg["embeds"].as_array().cloned().unwrap_or_default()
}

fn footer(embed: &Value) -> String {
    embed["footer"]["text"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// The embed was made from `reply`: same title, answer, disclaimer and template id.
fn assert_embed_is(embed: &Value, reply: &Reply) {
    assert_eq!(embed["title"], json!(reply.title));
    assert_eq!(embed["description"], json!(reply.body.trim()));
    assert!(
        footer(embed).ends_with(&reply.template_id),
        "footer {:?} lacks {}",
        footer(embed),
        reply.template_id
    );
    let fields = embed["fields"].as_array().unwrap();
    let disclaimer = fields
        .iter()
        .find(|f| f["name"] == DISCLAIMER_FIELD)
        .expect("a disclaimer field");
    assert_eq!(disclaimer["value"], json!(reply.disclaimer));
    if reply.source.is_some() {
        let source = fields
            .iter()
            .find(|f| f["name"] == "Source")
            .expect("a source field");
        assert!(
            source["value"].as_str().unwrap().contains("last revised"),
            "{source:#}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dm_is_answered_in_the_dm_channel_with_an_embed() {
    let bot = start(10, None).await;
    let identify = &bot.fake.identifies()[0];
    assert_eq!(identify["token"], json!(format!("Bot {TOKEN}")));
    assert_eq!(
        identify["intents"],
        json!(512 | 4096),
        "GUILD_MESSAGES | DIRECT_MESSAGES only, nothing privileged"
    );

    let call = bot
        .fake
        .dm_and_wait("the DM reply", ALICE, "what is stage 4 sarcoma?")
        .await;
    assert!(
        call.body.get("message_reference").is_none(),
        "a DM answer is not a reply thread"
    );
    assert!(
        call.body.get("content").is_none(),
        "the answer is in the embed"
    );
    assert_embed_is(&call.body["embeds"][0], &ask("what is stage 4 sarcoma?"));
    assert!(custom_ids(&call.body).contains(&format!("sb:dismiss:{ALICE}")));
    assert_eq!(
        call.authorization.as_deref(),
        Some(&*format!("Bot {TOKEN}"))
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mention_is_answered_as_a_reply_with_the_mention_stripped() {
    let bot = start(10, None).await;
    let call = bot
        .fake
        .mention_and_wait(
            "the mention reply",
            ALICE,
            "<@1000> how is stage 2 treated? @everyone",
        )
        .await;
    assert!(
        posted_to(CHANNEL_ID)(&call),
        "answered in the channel it was asked in"
    );
    assert_eq!(
        call.body["message_reference"]["channel_id"],
        json!(CHANNEL_ID.to_string())
    );
    assert_embed_is(
        &call.body["embeds"][0],
        &ask("how is stage 2 treated? @everyone"),
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ignores_bots_webhooks_itself_and_unmentioned_channel_messages() {
    let bot = start(0, None).await;
    let mut ignored = Vec::new();
    let mut from_bot = channel_message(bot.fake.id(), OTHER_BOT, "<@1000> what is stage 4?", true);
    from_bot["author"]["bot"] = json!(true);
    let mut webhook = channel_message(bot.fake.id(), ALICE, "<@1000> what is stage 4?", true);
    webhook["webhook_id"] = json!("777");
    let mut itself = dm(bot.fake.id(), BOT_ID, "what is stage 4?");
    itself["author"] = bot_user();
    let unmentioned = channel_message(bot.fake.id(), ALICE, "what is stage 4 sarcoma?", false);
    let mut bot_dm = dm(bot.fake.id(), OTHER_BOT, "stage 4?");
    bot_dm["author"]["bot"] = json!(true);
    for m in [from_bot, webhook, itself, unmentioned, bot_dm] {
        ignored.push(m["id"].as_str().unwrap().to_string());
        bot.fake.dispatch("MESSAGE_CREATE", m).await;
    }
    // A message that is answered, sent last: once its reply is in, the others had their chance.
    bot.sentinel().await;
    let calls = bot.stop().await;
    let posts: Vec<&Call> = calls.iter().filter(|c| c.method == "POST").collect();
    assert_eq!(posts.len(), 1, "only the sentinel is answered: {posts:#?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cooldown_holds_back_a_second_mention_but_never_urgent_replies_or_dms() {
    assert!(ask(URGENT_TEXT).urgent, "the test needs an urgent example");
    let bot = start(10, None).await;
    bot.fake
        .mention_and_wait("the first mention reply", ALICE, "<@1000> what is stage 2?")
        .await;

    let second = bot.fake.send_mention(ALICE, "<@1000> and stage 3?").await;
    let call = bot
        .fake
        .mention_and_wait("the urgent reply", ALICE, &format!("<@1000> {URGENT_TEXT}"))
        .await;
    assert!(
        embeds(&call.body).is_empty(),
        "urgent replies are plain text"
    );
    let text = call.body["content"].as_str().unwrap();
    assert!(
        text.starts_with(ask(URGENT_TEXT).body.trim().lines().next().unwrap()),
        "{text}"
    );

    bot.fake
        .dm_and_wait("the DM reply", ALICE, "what is stage 3?")
        .await;
    bot.fake
        .mention_and_wait(
            "another person's mention reply",
            BOB,
            "<@1000> what is stage 3?",
        )
        .await;

    tokio::time::sleep(QUIET).await;
    let calls = bot.stop().await;
    assert!(
        !calls.iter().any(replying_to(second)),
        "the second mention within 10 s must get nothing"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slash_commands_answer_privately_unless_asked_to_post() {
    let bot = start(0, None).await;
    let brain = brain();

    let sent = std::time::Instant::now();
    let call = bot
        .fake
        .slash_and_wait(
            "/sarcoma stage",
            ALICE,
            In::Guild,
            "stage",
            &[("stage", json!("IV"))],
        )
        .await;
    assert!(
        sent.elapsed() < Duration::from_millis(2500),
        "answered within Discord's 3 s"
    );
    assert_eq!(
        call.body["type"],
        json!(4),
        "answered directly, not deferred"
    );
    assert_eq!(
        call.body["data"]["flags"],
        json!(64),
        "ephemeral by default"
    );
    assert_embed_is(
        &call.body["data"]["embeds"][0],
        &brain.topic("stage", &[Stage::IV], None, None).unwrap(),
    );
    assert!(
        !custom_ids(&call.body["data"])
            .iter()
            .any(|c| c.starts_with("sb:dismiss")),
        "no Dismiss on a private answer"
    );

    let opts = [
        ("stage", json!("I")),
        ("location", json!("limb")),
        ("public", json!(true)),
    ];
    let call = bot
        .fake
        .slash_and_wait("public /sarcoma stage", ALICE, In::Guild, "stage", &opts)
        .await;
    assert!(
        call.body["data"]
            .get("flags")
            .is_none_or(|f| f == &json!(0)),
        "public: {:#}",
        call.body
    );
    let expected = brain
        .topic("stage", &[Stage::I], None, Some(Location::Limb))
        .unwrap();
    assert_embed_is(&call.body["data"]["embeds"][0], &expected);
    assert!(custom_ids(&call.body["data"]).contains(&format!("sb:dismiss:{ALICE}")));

    let call = bot
        .fake
        .slash_and_wait(
            "/sarcoma recurrence in a DM",
            BOB,
            In::Dm,
            "recurrence",
            &[("where", json!("lung"))],
        )
        .await;
    assert_eq!(call.body["data"]["flags"], json!(64));
    assert_embed_is(
        &call.body["data"]["embeds"][0],
        &brain
            .topic("recurrence", &[], Some(Site::Lung), None)
            .unwrap(),
    );

    for sub in ["about", "help"] {
        let call = bot
            .fake
            .slash_and_wait(sub, ALICE, In::Guild, sub, &[])
            .await;
        assert_embed_is(
            &call.body["data"]["embeds"][0],
            &brain.topic(sub, &[], None, None).unwrap(),
        );
    }

    let question = "what does stage 3 mean?";
    let call = bot
        .fake
        .slash_and_wait(
            "/sarcoma ask",
            ALICE,
            In::Guild,
            "ask",
            &[("question", json!(question))],
        )
        .await;
    assert_embed_is(&call.body["data"]["embeds"][0], &ask(question));

    let call = bot
        .fake
        .slash_and_wait(
            "urgent /sarcoma ask",
            ALICE,
            In::Guild,
            "ask",
            &[("question", json!(URGENT_TEXT))],
        )
        .await;
    assert!(embeds(&call.body["data"]).is_empty(), "urgent: plain text");
    assert!(call.body["data"]["content"]
        .as_str()
        .unwrap()
        .contains(ask(URGENT_TEXT).disclaimer.as_str()));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn context_menu_answers_about_the_target_message_privately() {
    let bot = start(0, None).await;
    let target = channel_message(
        bot.fake.id(),
        BOB,
        "my dad has stage 4 sarcoma in his lungs",
        false,
    );
    let call = bot
        .fake
        .interact_and_wait("the context-menu answer", |id| {
            context_menu(id, ALICE, In::Guild, &target)
        })
        .await;
    assert_eq!(call.body["data"]["flags"], json!(64));
    assert_embed_is(
        &call.body["data"]["embeds"][0],
        &ask("my dad has stage 4 sarcoma in his lungs"),
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slash_command_during_the_cooldown_gets_a_private_note() {
    let bot = start(10, None).await;
    bot.fake
        .slash_and_wait("the first command", ALICE, In::Guild, "help", &[])
        .await;
    let call = bot
        .fake
        .slash_and_wait("the cooldown note", ALICE, In::Guild, "about", &[])
        .await;
    assert_eq!(call.body["data"]["flags"], json!(64));
    assert!(
        call.body["data"]["content"]
            .as_str()
            .unwrap()
            .contains("moment ago"),
        "{:#}",
        call.body
    );
    assert!(embeds(&call.body["data"]).is_empty());
    // In a DM the same person is never held back.
    let call = bot
        .fake
        .slash_and_wait("the DM command", ALICE, In::Dm, "about", &[])
        .await;
    assert_eq!(embeds(&call.body["data"]).len(), 1);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dismiss_refuses_anyone_but_the_asker_and_deletes_for_the_asker() {
    let bot = start(0, None).await;
    let reply = bot
        .fake
        .mention_and_wait("the answer", ALICE, "<@1000> what is stage 4?")
        .await;
    let answer = reply.response.clone();
    let answer_id = answer["id"].as_str().unwrap().to_string();
    let dismiss = format!("sb:dismiss:{ALICE}");
    assert!(custom_ids(&reply.body).contains(&dismiss));

    let call = bot
        .fake
        .interact_and_wait("the refusal", |id| {
            button(id, BOB, In::Guild, &dismiss, &answer)
        })
        .await;
    assert_eq!(call.body["data"]["content"], json!(NOT_THE_ASKER));
    assert_eq!(call.body["data"]["flags"], json!(64));

    let by_alice = bot
        .fake
        .send_interaction(|id| button(id, ALICE, In::Guild, &dismiss, &answer))
        .await;
    let delete_path = format!("/api/v10/channels/{CHANNEL_ID}/messages/{answer_id}");
    bot.fake
        .wait_for("the deletion", |c| c.is("DELETE", &delete_path))
        .await;
    let calls = bot.stop().await;
    let ack = calls.iter().find(|c| callback_of(by_alice)(c)).unwrap();
    assert_eq!(ack.body["type"], json!(6), "acknowledged without a message");
    assert_eq!(
        calls.iter().filter(|c| c.method == "DELETE").count(),
        1,
        "bob's click deleted nothing"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn topic_and_questions_buttons_answer_privately_and_survive_restarts() {
    // Buttons carry everything in their custom id, so a click works on a bot that never saw the
    // answer: this one is started fresh and gets a click on a made-up earlier answer.
    let bot = start(0, None).await;
    let brain = brain();
    let stage_iv = brain.topic("stage", &[Stage::IV], None, None).unwrap();
    let related = stage_iv
        .related
        .first()
        .expect("the stage IV answer offers related topics");
    let answer = bot_message(123, CHANNEL_ID, "");

    let topic_id = format!("sb:topic:{}:IV:-:-", related.intent);
    let call = bot
        .fake
        .interact_and_wait("the related topic", |id| {
            button(id, BOB, In::Guild, &topic_id, &answer)
        })
        .await;
    assert_eq!(call.body["data"]["flags"], json!(64));
    let expected = brain
        .topic(&related.intent, &[Stage::IV], None, None)
        .unwrap();
    assert_embed_is(&call.body["data"]["embeds"][0], &expected);

    let with_questions = [
        stage_iv.clone(),
        ask("how is stage 2 treated?"),
        ask("what if it comes back?"),
    ]
    .into_iter()
    .find(|r| !r.questions.is_empty())
    .expect("some answer has questions for the care team");
    let q_id = format!("sb:q:{}", with_questions.template_id);
    let call = bot
        .fake
        .interact_and_wait("the questions", |id| {
            button(id, BOB, In::Guild, &q_id, &answer)
        })
        .await;
    assert_eq!(call.body["data"]["flags"], json!(64));
    let content = call.body["data"]["content"].as_str().unwrap();
    for q in &with_questions.questions {
        assert!(content.contains(q.as_str()), "missing {q:?} in {content}");
    }

    let call = bot
        .fake
        .interact_and_wait("the stale-button note", |id| {
            button(id, BOB, In::Guild, "sb:q:no-such-template", &answer)
        })
        .await;
    assert_eq!(call.body["data"]["flags"], json!(64));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_are_registered_globally_once() {
    let bot = start(10, None).await;
    let put = bot
        .fake
        .wait_for("registration", |c| c.method == "PUT")
        .await;
    assert_eq!(put.path, format!("/api/v10/applications/{APP_ID}/commands"));
    let cmds = put.body.as_array().unwrap();
    assert_eq!(cmds.len(), 2);
    let slash = &cmds[0];
    assert_eq!(slash["name"], "sarcoma");
    assert!(!slash["description"].as_str().unwrap().is_empty());
    let sub = |name: &str| {
        slash["options"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["name"] == name)
            .unwrap()
            .clone()
    };
    let choices = |opt: &Value| -> Vec<(String, String)> {
        opt["choices"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["name"].as_str().unwrap().to_string(),
                    c["value"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let names: Vec<&str> = slash["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["ask", "stage", "recurrence", "about", "help"]);
    for s in slash["options"].as_array().unwrap() {
        assert_eq!(s["type"], 1, "{} is a subcommand", s["name"]);
        assert!(!s["description"].as_str().unwrap().is_empty());
        let public = s["options"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["name"] == "public")
            .expect("a public option");
        assert_eq!(public["type"], 5);
    }
    let question = &sub("ask")["options"][0];
    assert_eq!(
        (question["name"].as_str(), question["required"].as_bool()),
        (Some("question"), Some(true))
    );
    let stage = sub("stage");
    let values: Vec<String> = choices(&stage["options"][0])
        .into_iter()
        .map(|(_, v)| v)
        .collect();
    assert_eq!(values, ["I", "II", "III", "IV"]);
    assert_eq!(stage["options"][0]["required"], true);
    let location: Vec<String> = choices(&stage["options"][1])
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(location, ["arm or leg", "other"]);
    let places: Vec<String> = choices(&sub("recurrence")["options"][0])
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(places, ["same place", "lungs", "brain", "elsewhere"]);
    assert_eq!(cmds[1]["name"], "Ask sarcoma-bot");
    assert_eq!(cmds[1]["type"], 3, "a message context-menu command");

    // READY again (a fresh IDENTIFY after an outage): no second registration.
    bot.fake.dispatch("READY", ready()).await;
    bot.sentinel().await;
    let calls = bot.stop().await;
    assert_eq!(calls.iter().filter(|c| c.method == "PUT").count(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_go_to_the_dev_guild_when_one_is_set() {
    let bot = start(10, Some(GUILD_ID)).await;
    let put = bot
        .fake
        .wait_for("registration", |c| c.method == "PUT")
        .await;
    assert_eq!(
        put.path,
        format!("/api/v10/applications/{APP_ID}/guilds/{GUILD_ID}/commands")
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rejected_token_is_a_clear_error_before_any_gateway_connection() {
    let fake = FakeDiscord::start().await;
    fake.reject_token();
    let (_stop, task) = spawn_bot(&fake, TOKEN, 10, None);
    let result = tokio::time::timeout(Duration::from_secs(5), task)
        .await
        .expect("gave up in time")
        .unwrap();
    let error = format!(
        "{:#}",
        result.expect_err("a rejected token must be an error")
    );
    assert!(error.contains("rejected DISCORD_TOKEN"), "{error}");
    assert!(!error.contains(TOKEN), "the token must not be printed");
    assert_eq!(fake.gateway_connections(), 0);
}

#[test]
#[should_panic(expected = "serenity cannot parse this MESSAGE_CREATE")]
fn the_fake_refuses_a_payload_serenity_would_silently_drop() {
    // A message without `timestamp`, `author`... would become Event::Unknown and never reach
    // the handler; the fake says so instead of letting a test time out.
    check_dispatch(
        "MESSAGE_CREATE",
        &json!({"id": "1", "channel_id": "2", "content": "hi"}),
    );
}
