//! Fact lists (checklist entries, citations, reasons, the rules page's lists) as plain data,
//! rendered by one renderer that is not generic over the shape.
//!
//! Why: every `view!` tree is its own Rust type, and Leptos compiles the build, rebuild,
//! mount and unmount code of each one separately into the browser's wasm. Pages of many
//! small, static lists cost tens of kilobytes that way (issue 12: the app's size on slow
//! phone connections). Here a list is a value ([`Node`]: a tag, attributes, children, at
//! most a click handler), and one renderer turns any value into DOM nodes. The markup it
//! produces is exactly what the `view!` it replaces produced (same elements, attributes,
//! text), and a re-render (a language switch) patches the DOM in place when the shape is
//! unchanged, so an open fold or a ticked box stays as the applicant left it.

use std::borrow::Cow;
use std::sync::Arc;

use leptos::tachys::html::attribute::any_attribute::AnyAttribute;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::types as dom;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

type Text = Cow<'static, str>;
type Click = Arc<dyn Fn(&web_sys::Event) + Send + Sync>;

/// An element or a text.
pub enum Node {
    Element(Box<Element>),
    Text(Text),
}

pub struct Element {
    tag: &'static str,
    attrs: Vec<(&'static str, Text)>,
    children: Vec<Node>,
    click: Option<Click>,
}

/// An element `<tag>` with no attributes or children yet.
pub fn el(tag: &'static str) -> Node {
    Node::Element(Box::new(Element {
        tag,
        attrs: Vec::new(),
        children: Vec::new(),
        click: None,
    }))
}

/// A text node.
pub fn text(t: impl Into<Text>) -> Node {
    Node::Text(t.into())
}

/// A text as nodes, its kept words (`text::kept_pieces`) in `<span translate="no">`s of their
/// language: for a hint rendered in a `view!`, `Markup::new(kept(..))`.
pub fn kept(t: &str) -> Vec<Node> {
    super::text::kept_pieces(t)
        .into_iter()
        .map(|(piece, lang)| match lang {
            Some(lang) => el("span")
                .attr("translate", "no")
                .attr("lang", lang)
                .text(piece.to_owned()),
            None => text(piece.to_owned()),
        })
        .collect()
}

impl Node {
    fn element(&mut self) -> Option<&mut Element> {
        match self {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        }
    }

    /// Sets an attribute (on an element; a text ignores it).
    pub fn attr(mut self, name: &'static str, value: impl Into<Text>) -> Node {
        if let Some(e) = self.element() {
            e.attrs.push((name, value.into()));
        }
        self
    }

    pub fn class(self, class: &'static str) -> Node {
        self.attr("class", class)
    }

    /// Appends a text child.
    pub fn text(self, t: impl Into<Text>) -> Node {
        self.child(text(t))
    }

    /// Appends a text whose words a page translator must leave as they are
    /// (`text::kept_pieces`) each in a `<span translate="no">` of its language.
    pub fn kept_text(self, t: &str) -> Node {
        self.children(kept(t))
    }

    /// Appends a child; `None` appends nothing.
    pub fn child(mut self, child: impl Into<Option<Node>>) -> Node {
        if let (Some(e), Some(child)) = (self.element(), child.into()) {
            e.children.push(child);
        }
        self
    }

    /// Appends every child in order.
    pub fn children(mut self, children: impl IntoIterator<Item = Node>) -> Node {
        if let Some(e) = self.element() {
            e.children.extend(children);
        }
        self
    }

    /// What a click (or Enter/Space on a button) does; the event is there for a link that
    /// leaves modified clicks (new tab) to the browser.
    pub fn on_click(mut self, f: impl Fn(&web_sys::Event) + Send + Sync + 'static) -> Node {
        if let Some(e) = self.element() {
            e.click = Some(Arc::new(f));
        }
        self
    }
}

/// Nodes side by side (a fragment), as a view.
#[derive(Default)]
pub struct Markup(Vec<Node>);

impl Markup {
    pub fn new(nodes: Vec<Node>) -> Markup {
        Markup(nodes)
    }
}

impl From<Node> for Markup {
    fn from(node: Node) -> Markup {
        Markup(vec![node])
    }
}

impl From<Option<Node>> for Markup {
    fn from(node: Option<Node>) -> Markup {
        Markup(node.into_iter().collect())
    }
}

/// A node as rendered: the DOM node, and what it was built from (to patch it on re-render).
struct Built {
    dom: web_sys::Node,
    from: BuiltFrom,
}

enum BuiltFrom {
    Text(Text),
    Element {
        tag: &'static str,
        attrs: Vec<(&'static str, Text)>,
        children: Vec<Built>,
        /// Kept alive while the element is in the page; dropped with it.
        listener: Option<Closure<dyn Fn(web_sys::Event)>>,
    },
}

fn document() -> web_sys::Document {
    leptos::tachys::dom::document()
}

fn listen(element: &web_sys::Element, click: Click) -> Closure<dyn Fn(web_sys::Event)> {
    let listener =
        Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| click(&event));
    let _ = element.add_event_listener_with_callback("click", listener.as_ref().unchecked_ref());
    listener
}

fn unlisten(element: &web_sys::Node, listener: &Closure<dyn Fn(web_sys::Event)>) {
    let _ = element.remove_event_listener_with_callback("click", listener.as_ref().unchecked_ref());
}

fn build(node: Node) -> Built {
    match node {
        Node::Text(t) => Built {
            dom: document().create_text_node(&t).into(),
            from: BuiltFrom::Text(t),
        },
        Node::Element(e) => {
            let Element {
                tag,
                attrs,
                children,
                click,
            } = *e;
            // Every tag is a literal of ours, so creation does not fail; if it ever did, an
            // empty text stands in rather than a panic.
            let Ok(element) = document().create_element(tag) else {
                return build(text(""));
            };
            for (name, value) in &attrs {
                let _ = element.set_attribute(name, value);
            }
            let children: Vec<Built> = children
                .into_iter()
                .map(|child| {
                    let built = build(child);
                    let _ = element.append_child(&built.dom);
                    built
                })
                .collect();
            let listener = click.map(|c| listen(&element, c));
            Built {
                dom: element.into(),
                from: BuiltFrom::Element {
                    tag,
                    attrs,
                    children,
                    listener,
                },
            }
        }
    }
}

/// Brings `built` in line with `node`: text and attributes patched in place when the shape
/// (tags, number of children) is the same, the subtree replaced otherwise.
fn patch(built: &mut Built, node: Node) {
    match (&mut built.from, node) {
        (BuiltFrom::Text(old), Node::Text(new)) => {
            if *old != new {
                built.dom.set_text_content(Some(&new));
                *old = new;
            }
        }
        (
            BuiltFrom::Element {
                tag,
                attrs,
                children,
                listener,
            },
            Node::Element(new),
        ) if *tag == new.tag
            && children.len() == new.children.len()
            && !translated_away(children, &new.children) =>
        {
            let element: &web_sys::Element = built.dom.unchecked_ref();
            // Only attributes this renderer set are removed: the browser's own (a fold's
            // `open`) stay.
            for (name, _) in attrs.iter() {
                if !new.attrs.iter().any(|(n, _)| n == name) {
                    let _ = element.remove_attribute(name);
                }
            }
            for (name, value) in &new.attrs {
                if !attrs.iter().any(|(n, v)| n == name && v == value) {
                    let _ = element.set_attribute(name, value);
                }
            }
            *attrs = new.attrs;
            for (child, new_child) in children.iter_mut().zip(new.children) {
                patch(child, new_child);
            }
            if let Some(old) = listener.take() {
                unlisten(&built.dom, &old);
            }
            *listener = new.click.map(|c| listen(element, c));
        }
        (_, node) => {
            let fresh = build(node);
            if let Some(parent) = built.dom.parent_node() {
                let _ = parent.replace_child(&fresh.dom, &built.dom);
            }
            *built = fresh;
        }
    }
}

/// Whether a text that changes is no longer on the page: a browser's page translator put its
/// own elements in its place (`ui::fresh`). Its element is then built anew, translated anew.
fn translated_away(built: &[Built], new: &[Node]) -> bool {
    built.iter().zip(new).any(|(b, n)| match (&b.from, n) {
        (BuiltFrom::Text(old), Node::Text(text)) => old != text && b.dom.parent_node().is_none(),
        _ => false,
    })
}

/// The rendered nodes; an empty fragment keeps an empty text node as its place.
pub struct MarkupState {
    nodes: Vec<Built>,
}

impl MarkupState {
    fn new(nodes: Vec<Node>) -> MarkupState {
        let nodes = if nodes.is_empty() {
            vec![build(text(""))]
        } else {
            nodes.into_iter().map(build).collect()
        };
        MarkupState { nodes }
    }
}

impl Mountable for MarkupState {
    fn unmount(&mut self) {
        for n in &self.nodes {
            if let Some(parent) = n.dom.parent_node() {
                let _ = parent.remove_child(&n.dom);
            }
        }
    }

    fn mount(&mut self, parent: &dom::Element, marker: Option<&dom::Node>) {
        for n in &self.nodes {
            let _ = parent.insert_before(&n.dom, marker);
        }
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        let Some(first) = self.nodes.first() else {
            return false;
        };
        match first
            .dom
            .parent_node()
            .and_then(|p| p.dyn_into::<web_sys::Element>().ok())
        {
            Some(parent) => {
                child.mount(&parent, Some(&first.dom));
                true
            }
            None => false,
        }
    }

    fn elements(&self) -> Vec<dom::Element> {
        self.nodes
            .iter()
            .filter_map(|n| n.dom.dyn_ref::<web_sys::Element>().cloned())
            .collect()
    }
}

impl Render for Markup {
    type State = MarkupState;

    fn build(self) -> MarkupState {
        MarkupState::new(self.0)
    }

    fn rebuild(self, state: &mut MarkupState) {
        let mut new = self.0;
        if new.is_empty() {
            new.push(text(""));
        }
        if new.len() == state.nodes.len() {
            for (built, node) in state.nodes.iter_mut().zip(new) {
                patch(built, node);
            }
            return;
        }
        // Another number of top-level nodes: the new ones take the old ones' place.
        let mut fresh = MarkupState::new(new);
        let place = state.nodes.first().and_then(|n| {
            let parent = n.dom.parent_node()?.dyn_into::<web_sys::Element>().ok()?;
            Some((parent, n.dom.clone()))
        });
        if let Some((parent, before)) = place {
            fresh.mount(&parent, Some(&before));
        }
        state.unmount();
        *state = fresh;
    }
}

leptos::tachys::no_attrs!(Markup);

fn escape(out: &mut String, text: &str, attribute: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

fn to_html(out: &mut String, node: &Node) {
    match node {
        Node::Text(t) => escape(out, t, false),
        Node::Element(e) => {
            out.push('<');
            out.push_str(e.tag);
            for (name, value) in &e.attrs {
                out.push(' ');
                out.push_str(name);
                out.push_str("=\"");
                escape(out, value, true);
                out.push('"');
            }
            out.push('>');
            for child in &e.children {
                to_html(out, child);
            }
            out.push_str("</");
            out.push_str(e.tag);
            out.push('>');
        }
    }
}

/// The HTML form, for completeness of the view traits: this app renders in the browser only
/// (Leptos `csr`), it is never rendered on a server nor hydrated.
impl RenderHtml for Markup {
    type AsyncOutput = Self;
    type Owned = Self;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self {
        self
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        _escape: bool,
        _mark_branches: bool,
        _extra_attrs: Vec<AnyAttribute>,
    ) {
        for node in &self.0 {
            to_html(buf, node);
        }
        *position = Position::NextChild;
    }

    /// Nothing to hydrate in a client-rendered app: the markup is built afresh.
    fn hydrate<const FROM_SERVER: bool>(self, _: &Cursor, _: &PositionState) -> MarkupState {
        self.build()
    }

    fn into_owned(self) -> Self {
        self
    }
}
