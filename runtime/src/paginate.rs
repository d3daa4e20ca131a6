//! Paginators: a `Stream` of pages, or of the items on them, following the output token
//! until the service stops sending one.

use std::collections::HashSet;
use std::pin::Pin;

use futures_core::Stream;

use crate::client::Client;
use crate::error::{Error, ErrorKind};
use crate::operation::Operation;

/// An operation whose output pages, as the model's paginator says (`input_token`,
/// `output_token`, `limit_key`, `result_key`).
pub trait Paginate: Operation + Clone {
    /// One entry of the result list.
    type Item: Send + 'static;
    /// Sets the input token (`NextToken`) of the next request.
    fn set_next_token(&mut self, token: Option<String>);
    /// Sets the page size (`MaxResults`), where the model has a limit key.
    fn set_page_size(&mut self, size: i32) {
        let _ = size;
    }
    /// The output token: present while there are more pages.
    fn next_token(output: &Self::Output) -> Option<&str>;
    /// The result list of a page.
    fn items(output: Self::Output) -> Vec<Self::Item>;
}

/// The pages of one listing. Build with [`Client::paginate`].
#[derive(Debug, Clone)]
pub struct Paginator<O> {
    client: Client,
    first: O,
}

type Pages<'a, T, E> = Pin<Box<dyn Stream<Item = Result<T, Error<E>>> + Send + 'a>>;

impl<O: Paginate> Paginator<O> {
    pub(crate) fn new(client: Client, first: O) -> Self {
        Self { client, first }
    }

    /// Asks for `size` results a page (the model's limit key).
    pub fn page_size(mut self, size: i32) -> Self {
        self.first.set_page_size(size);
        self
    }

    /// Every page, in order. Stops after the page without a token; a token the service sent
    /// before is an error (`ErrorKind::Response`), not an endless loop.
    pub fn pages(self) -> Pages<'static, O::Output, O::Error> {
        struct State<O> {
            client: Client,
            next: Option<O>,
            seen: HashSet<String>,
        }
        let state = State {
            client: self.client,
            next: Some(self.first),
            seen: HashSet::new(),
        };
        Box::pin(futures_util::stream::unfold(
            state,
            |mut state| async move {
                let request = state.next.take()?;
                let mut following = request.clone();
                let page = match state.client.send(request).await {
                    Ok(page) => page,
                    Err(err) => return Some((Err(err), state)),
                };
                if let Some(token) = O::next_token(&page).filter(|t| !t.is_empty()) {
                    if !state.seen.insert(token.to_owned()) {
                        let err = Error::new(
                        ErrorKind::Response,
                        format!("the service sent the token `{token}` a second time; stopping instead of looping"),
                    )
                    .with_operation(O::NAME);
                        return Some((Err(err), state));
                    }
                    following.set_next_token(Some(token.to_owned()));
                    state.next = Some(following);
                }
                Some((Ok(page), state))
            },
        ))
    }

    /// Every item of every page, in order.
    pub fn items(self) -> Pages<'static, O::Item, O::Error> {
        use futures_util::StreamExt;
        Box::pin(self.pages().flat_map(|page| {
            let items: Vec<Result<O::Item, Error<O::Error>>> = match page {
                Ok(page) => O::items(page).into_iter().map(Ok).collect(),
                Err(err) => vec![Err(err)],
            };
            futures_util::stream::iter(items)
        }))
    }
}

impl Client {
    /// The pages of `first` and the requests after it.
    pub fn paginate<O: Paginate>(&self, first: O) -> Paginator<O> {
        Paginator::new(self.clone(), first)
    }
}
