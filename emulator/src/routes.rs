//! Every operation the emulator serves, by name, and the idempotency replay around them: the
//! one place that names the handlers. A handler takes the operation's typed input (read with
//! the client's own rules, `input::parse`) and the state, and returns the operation's typed
//! output.

use awsop::{Operation, Shape};
use awsop_partnercentral_account as api;
use serde_json::{Map, Value};

use crate::connection::{connections, invitations, preferences};
use crate::other::{contacts, partners, tags, verification};
use crate::state::{Call, State};
use crate::wire::ApiError;
use crate::{profile, qualification};

/// An operation's implementation over the raw JSON body.
type Handler = fn(&mut State, &Call, &Map<String, Value>) -> Result<Value, ApiError>;

/// A served operation.
struct Route {
    handler: Handler,
    /// The wire name of the member the model marks as the idempotency token, if any.
    token: Option<&'static str>,
}

/// Reads the body as `O`, runs `handler` on it and writes its typed answer.
fn typed<O: Operation>(
    state: &mut State,
    call: &Call,
    body: &Map<String, Value>,
    handler: fn(&mut State, &Call, O) -> Result<O::Output, ApiError>,
) -> Result<Value, ApiError> {
    let output = handler(state, call, crate::input::parse::<O>(body)?)?;
    serde_json::to_value(output).map_err(|err| {
        ApiError::new(
            500,
            "InternalServerException",
            format!("the answer could not be written: {err}"),
        )
    })
}

/// The member of `O` its model marks as the idempotency token.
fn token<O: Shape>() -> Option<&'static str> {
    O::MEMBERS
        .iter()
        .find(|member| member.idempotency_token)
        .map(|member| member.name)
}

macro_rules! routes {
    ($($operation:ident => $handler:path,)*) => {
        /// The route of `operation`, by its name in the model.
        fn route(operation: &str) -> Option<Route> {
            Some(match operation {
                $(stringify!($operation) => Route {
                    handler: |state, call, body| typed::<api::$operation>(state, call, body, $handler),
                    token: token::<api::$operation>(),
                },)*
                _ => return None,
            })
        }
    };
}

routes! {
    CreateConnectionInvitation => invitations::create,
    GetConnectionInvitation => invitations::get,
    CancelConnectionInvitation => invitations::cancel,
    ListConnectionInvitations => invitations::list,
    AcceptConnectionInvitation => invitations::accept,
    RejectConnectionInvitation => invitations::reject,
    GetConnection => connections::get,
    ListConnections => connections::list,
    CancelConnection => connections::cancel,
    GetConnectionPreferences => preferences::get_preferences,
    UpdateConnectionPreferences => preferences::update_preferences,
    CreatePartner => partners::create,
    GetPartner => partners::get,
    ListPartners => partners::list,
    TagResource => tags::tag,
    UntagResource => tags::untag,
    ListTagsForResource => tags::list,
    StartProfileUpdateTask => profile::start_update,
    GetProfileUpdateTask => profile::get_update,
    CancelProfileUpdateTask => profile::cancel_update,
    GetProfileVisibility => profile::get_visibility,
    PutProfileVisibility => profile::put_visibility,
    GetAllianceLeadContact => contacts::get_contact,
    PutAllianceLeadContact => contacts::put_contact,
    AssociateAwsTrainingCertificationEmailDomain => contacts::associate_domain,
    DisassociateAwsTrainingCertificationEmailDomain => contacts::disassociate_domain,
    StartQualificationsAssociationTask => qualification::start_association,
    StartQualificationsDisassociationTask => qualification::start_disassociation,
    GetQualificationsAssociationTask => qualification::get_association_task,
    GetQualificationsDisassociationTask => qualification::get_disassociation_task,
    GetQualificationsAssociationDetails => qualification::get_association_details,
    StartVerification => verification::start_verification,
    GetVerification => verification::get_verification,
    SendEmailVerificationCode => verification::send_code,
}

/// Runs `operation`. A repeated idempotency token (the member the operation's model marks so)
/// with the same input answers the first result; with another input, a `ConflictException`.
pub(crate) fn dispatch(
    state: &mut State,
    call: &Call,
    operation: &str,
    body: &Map<String, Value>,
) -> Result<Value, ApiError> {
    let Some(route) = route(operation) else {
        return Err(ApiError::new(
            400,
            "UnknownOperationException",
            format!("The operation {operation} is not served by this emulator"),
        ));
    };
    let token = route
        .token
        .and_then(|member| Some((member, body.get(member)?.as_str()?)));
    let Some((member, token)) = token else {
        return (route.handler)(state, call, body);
    };
    let key = (operation.to_owned(), token.to_owned());
    if let Some((first_input, first_answer)) = state.replays.get(&key) {
        return if first_input == body {
            Ok(first_answer.clone())
        } else {
            Err(ApiError::conflict(
                "CONFLICT_CLIENT_TOKEN",
                format!("{member} {token} was already used with a different request"),
            ))
        };
    }
    let answer = (route.handler)(state, call, body)?;
    state.replays.insert(key, (body.clone(), answer.clone()));
    Ok(answer)
}
