//! The app's whole state as it lives in the URL hash, e.g.
//! `#/timeline?lang=fr&theme=dark&q=space&area=climate,space&sel=elysee-meeting`.
//!
//! The hash (not the path) keeps links working on any static host without rewrite rules and
//! inside iframes, and never touches a host page's own URL. Parsing never fails: whatever
//! cannot be understood falls back to its default.
//!
//! Each view has its own typed state (`Page`): what it selects and how it sorts are ids of
//! the dataset checked when read, so a link to something a view cannot show does not compile
//! and a URL naming something that does not exist is read as no selection.

use crate::i18n;
use crate::ids::{ActorId, AreaId, CommitmentId, EventId, InitiativeId, QuoteId, SupporterId};
use lafayette_data::date::{civil_from_days, days_from_civil};
use lafayette_data::{Lang, PartialDate, Text};

/// Longest free-text query kept from a URL.
pub const MAX_QUERY_CHARS: usize = 200;
/// Most ids kept per filter list from a URL.
pub const MAX_LIST_ITEMS: usize = 64;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum View {
    #[default]
    Timeline,
    Supporters,
    Matrix,
    FollowThrough,
    Sources,
    About,
}

impl View {
    pub const ALL: [View; 6] = [
        View::Timeline,
        View::Supporters,
        View::Matrix,
        View::FollowThrough,
        View::Sources,
        View::About,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            View::Timeline => "timeline",
            View::Supporters => "supporters",
            View::Matrix => "matrix",
            View::FollowThrough => "follow-through",
            View::Sources => "sources",
            View::About => "about",
        }
    }

    pub fn from_slug(slug: &str) -> Option<View> {
        View::ALL.into_iter().find(|view| view.slug() == slug)
    }

    /// The view's name where room is short (a phone's navigation).
    pub fn short_title(self) -> &'static Text {
        match self {
            View::Timeline => &i18n::VIEW_TIMELINE,
            View::Supporters => &i18n::VIEW_SUPPORTERS_SHORT,
            View::Matrix => &i18n::VIEW_MATRIX_SHORT,
            View::FollowThrough => &i18n::VIEW_FOLLOW_THROUGH_SHORT,
            View::Sources => &i18n::VIEW_SOURCES,
            View::About => &i18n::VIEW_ABOUT,
        }
    }

    pub fn title(self) -> &'static Text {
        match self {
            View::Timeline => &i18n::VIEW_TIMELINE,
            View::Supporters => &i18n::VIEW_SUPPORTERS,
            View::Matrix => &i18n::VIEW_MATRIX,
            View::FollowThrough => &i18n::VIEW_FOLLOW_THROUGH,
            View::Sources => &i18n::VIEW_SOURCES,
            View::About => &i18n::VIEW_ABOUT,
        }
    }
}

/// One picture of a view, embedded alone (`figure=`): a newsroom's figure rather than the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Figure {
    /// The timeline's chart of events in lanes.
    Timeline,
    /// The Paris Call supporters over time (under the timeline).
    OverTime,
    /// The map of supporters by country.
    Map,
    /// The cooperation matrix.
    Matrix,
}

impl Figure {
    pub const ALL: [Figure; 4] = [
        Figure::Timeline,
        Figure::OverTime,
        Figure::Map,
        Figure::Matrix,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Figure::Timeline => "timeline",
            Figure::OverTime => "over-time",
            Figure::Map => "map",
            Figure::Matrix => "matrix",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Figure> {
        Figure::ALL.into_iter().find(|figure| figure.slug() == slug)
    }

    /// The view the figure is part of (and whose state it shows).
    pub fn view(self) -> View {
        match self {
            Figure::Timeline | Figure::OverTime => View::Timeline,
            Figure::Map => View::Supporters,
            Figure::Matrix => View::Matrix,
        }
    }

    /// The figures of `view`, in the order the Embed dialog offers them.
    pub fn of(view: View) -> impl Iterator<Item = Figure> {
        Figure::ALL
            .into_iter()
            .filter(move |figure| figure.view() == view)
    }

    /// `figure` if it belongs to `view`: a figure of another view would show nothing, so it
    /// counts as none and the view is shown whole.
    pub fn kept_on(figure: Option<Figure>, view: View) -> Option<Figure> {
        figure.filter(|figure| figure.view() == view)
    }

    pub fn title(self) -> &'static Text {
        match self {
            Figure::Timeline => &i18n::FIGURE_TIMELINE,
            Figure::OverTime => &i18n::SUPPORTERS_OVER_TIME,
            Figure::Map => &i18n::MAP_TITLE,
            Figure::Matrix => &i18n::VIEW_MATRIX,
        }
    }
}

/// The colour theme: the system's unless the reader overrides it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn slug(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.slug() == slug)
    }

    pub fn label(self) -> &'static Text {
        match self {
            Theme::System => &i18n::THEME_SYSTEM,
            Theme::Light => &i18n::THEME_LIGHT,
            Theme::Dark => &i18n::THEME_DARK,
        }
    }
}

/// The lists of the filter shared by every view; each is a list of ids, by URL key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FilterList {
    Areas,
    Actors,
    Initiatives,
    Sources,
    Countries,
    /// Paris Call supporter categories (`state`, `private-sector`…).
    Categories,
    /// Join years of supporters (`2021`, `unknown`).
    Years,
    /// World regions and sub-regions of supporters' countries, by UN M49 code (`002`, `202`).
    Regions,
    /// What became of commitments (`done`, `in-progress`, `not-done`, `no-record`): the
    /// commitments with that status, the outcomes with that effect.
    Statuses,
}

impl FilterList {
    pub const ALL: [FilterList; 9] = [
        FilterList::Areas,
        FilterList::Actors,
        FilterList::Initiatives,
        FilterList::Sources,
        FilterList::Countries,
        FilterList::Categories,
        FilterList::Years,
        FilterList::Regions,
        FilterList::Statuses,
    ];

    /// The list's key in the URL.
    pub fn key(self) -> &'static str {
        match self {
            FilterList::Areas => "area",
            FilterList::Actors => "actor",
            FilterList::Initiatives => "initiative",
            FilterList::Sources => "source",
            FilterList::Countries => "country",
            FilterList::Categories => "category",
            FilterList::Years => "year",
            FilterList::Regions => "region",
            FilterList::Statuses => "status",
        }
    }

    fn from_key(key: &str) -> Option<FilterList> {
        FilterList::ALL.into_iter().find(|list| list.key() == key)
    }
}

/// The filter shared by every view: a filter set in one applies in the others. Its lists are
/// reached only through `FilterList`.
#[derive(Clone, Debug, PartialEq, Eq, Default, Hash)]
pub struct Filter {
    lists: [Vec<String>; FilterList::ALL.len()],
}

impl Filter {
    /// A filter with one id in one list.
    pub fn only(list: FilterList, id: &str) -> Filter {
        let mut filter = Filter::default();
        filter.set(list, vec![id.to_string()]);
        filter
    }

    pub fn get(&self, list: FilterList) -> &[String] {
        &self.lists[list as usize]
    }

    pub fn set(&mut self, list: FilterList, ids: Vec<String>) {
        self.lists[list as usize] = ids;
    }

    /// Adds the id to the list, or removes it if it is there.
    pub fn toggle(&mut self, list: FilterList, id: &str) {
        let ids = &mut self.lists[list as usize];
        match ids.iter().position(|known| known == id) {
            Some(at) => {
                ids.remove(at);
            }
            None => ids.push(id.to_string()),
        }
    }

    pub fn contains(&self, list: FilterList, id: &str) -> bool {
        self.get(list).iter().any(|known| known == id)
    }

    pub fn is_empty(&self) -> bool {
        self.lists.iter().all(Vec::is_empty)
    }
}

/// How the timeline groups its events into lanes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Lanes {
    /// United States, France, bilateral, multilateral.
    #[default]
    Scope,
    Area,
}

impl Lanes {
    pub const ALL: [Lanes; 2] = [Lanes::Scope, Lanes::Area];

    pub fn slug(self) -> &'static str {
        match self {
            Lanes::Scope => "scope",
            Lanes::Area => "area",
        }
    }
}

/// A span of days (since 1970-01-01) the timeline shows, first day before last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DayRange {
    pub first: i32,
    pub last: i32,
}

impl DayRange {
    /// The range, if `first` comes before `last` and both lie in 1900–2100.
    pub fn new(first: i32, last: i32) -> Option<DayRange> {
        let bounds = days_from_civil(1900, 1, 1)..=days_from_civil(2100, 12, 31);
        (first < last && bounds.contains(&first) && bounds.contains(&last))
            .then_some(DayRange { first, last })
    }
}

fn parse_day(text: &str) -> Option<i32> {
    let date = PartialDate::parse(text).ok()?;
    date.has_day().then(|| date.first_day())
}

/// The timeline's own state.
#[derive(Clone, Debug, PartialEq, Eq, Default, Hash)]
pub struct TimelineState {
    /// The timeline's own search text (each view keeps its own).
    pub text: String,
    pub selected: Option<EventId>,
    pub lanes: Lanes,
    /// None: the default window (the dense years).
    pub window: Option<DayRange>,
}

/// A column of the supporters table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum SupporterColumn {
    #[default]
    Name,
    Country,
    Category,
    Joined,
}

impl SupporterColumn {
    pub const ALL: [SupporterColumn; 4] = [
        SupporterColumn::Name,
        SupporterColumn::Country,
        SupporterColumn::Category,
        SupporterColumn::Joined,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            SupporterColumn::Name => "name",
            SupporterColumn::Country => "country",
            SupporterColumn::Category => "category",
            SupporterColumn::Joined => "joined",
        }
    }
}

/// The supporters table's order: a column, ascending or descending.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub struct SupporterSort {
    pub column: SupporterColumn,
    pub descending: bool,
}

impl SupporterSort {
    /// Reads `name` or `-joined` (descending).
    fn parse(text: &str) -> Option<SupporterSort> {
        let (descending, slug) = match text.strip_prefix('-') {
            Some(slug) => (true, slug),
            None => (false, text),
        };
        SupporterColumn::ALL
            .into_iter()
            .find(|column| column.slug() == slug)
            .map(|column| SupporterSort { column, descending })
    }

    fn slug(self) -> String {
        let sign = if self.descending { "-" } else { "" };
        format!("{sign}{}", self.column.slug())
    }

    /// The sort a click on `column`'s header gives: ascending first, then descending.
    pub fn clicked(self, column: SupporterColumn) -> SupporterSort {
        SupporterSort {
            column,
            descending: self.column == column && !self.descending,
        }
    }
}

/// The supporters view's own state.
#[derive(Clone, Debug, PartialEq, Eq, Default, Hash)]
pub struct SupportersState {
    /// The supporters' own search text (each view keeps its own).
    pub text: String,
    pub selected: Option<SupporterId>,
    pub sort: SupporterSort,
    /// The map of supporters by country is shown above the table.
    pub map: bool,
}

/// What the matrix's columns are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Columns {
    #[default]
    Initiatives,
    Actors,
}

impl Columns {
    pub const ALL: [Columns; 2] = [Columns::Initiatives, Columns::Actors];

    pub fn slug(self) -> &'static str {
        match self {
            Columns::Initiatives => "initiatives",
            Columns::Actors => "actors",
        }
    }
}

/// A column of the matrix: an initiative or an actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ColumnId {
    Initiative(InitiativeId),
    Actor(ActorId),
}

impl ColumnId {
    pub fn as_str(self) -> &'static str {
        match self {
            ColumnId::Initiative(id) => id.as_str(),
            ColumnId::Actor(id) => id.as_str(),
        }
    }

    pub fn kind(self) -> Columns {
        match self {
            ColumnId::Initiative(_) => Columns::Initiatives,
            ColumnId::Actor(_) => Columns::Actors,
        }
    }

    /// An initiative's or an actor's id (the dataset keeps them apart).
    pub fn parse(id: &str) -> Option<ColumnId> {
        InitiativeId::parse(id)
            .map(ColumnId::Initiative)
            .or_else(|| ActorId::parse(id).map(ColumnId::Actor))
    }
}

/// A cell of the matrix: an area against an initiative or an actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Cell {
    pub area: AreaId,
    pub column: ColumnId,
}

impl Cell {
    /// `cell.<area>.<column>` in the URL.
    fn slug(self) -> String {
        format!("cell.{}.{}", self.area.as_str(), self.column.as_str())
    }

    fn parse(text: &str) -> Option<Cell> {
        let (area, column) = text.strip_prefix("cell.")?.split_once('.')?;
        Some(Cell {
            area: AreaId::parse(area)?,
            column: ColumnId::parse(column)?,
        })
    }
}

/// The matrix's row order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum RowSort {
    /// Largest total first.
    #[default]
    Total,
    Name,
    /// Largest count in that column first.
    Column(ColumnId),
}

impl RowSort {
    fn slug(self) -> String {
        match self {
            RowSort::Total => "total".to_string(),
            RowSort::Name => "name".to_string(),
            RowSort::Column(column) => format!("col.{}", column.as_str()),
        }
    }

    fn parse(text: &str) -> Option<RowSort> {
        match text {
            "total" => Some(RowSort::Total),
            "name" => Some(RowSort::Name),
            _ => ColumnId::parse(text.strip_prefix("col.")?).map(RowSort::Column),
        }
    }
}

/// The matrix's column order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum ColumnOrder {
    /// United States, France, others, then by name.
    #[default]
    Group,
    Name,
    Total,
    /// Largest count in that area's row first.
    Row(AreaId),
}

impl ColumnOrder {
    fn slug(self) -> String {
        match self {
            ColumnOrder::Group => "group".to_string(),
            ColumnOrder::Name => "name".to_string(),
            ColumnOrder::Total => "total".to_string(),
            ColumnOrder::Row(area) => format!("row.{}", area.as_str()),
        }
    }

    fn parse(text: &str) -> Option<ColumnOrder> {
        match text {
            "group" => Some(ColumnOrder::Group),
            "name" => Some(ColumnOrder::Name),
            "total" => Some(ColumnOrder::Total),
            _ => AreaId::parse(text.strip_prefix("row.")?).map(ColumnOrder::Row),
        }
    }
}

/// The matrix's own state. A selected cell's column is of the kind shown (`showing` and the
/// parser keep them together).
#[derive(Clone, Debug, PartialEq, Eq, Default, Hash)]
pub struct MatrixState {
    pub columns: Columns,
    pub selected: Option<Cell>,
    pub rows: RowSort,
    pub order: ColumnOrder,
}

impl MatrixState {
    /// The matrix with `cell` selected, in the column kind the cell belongs to.
    pub fn showing(cell: Cell) -> MatrixState {
        MatrixState {
            columns: cell.column.kind(),
            selected: Some(cell),
            ..MatrixState::default()
        }
    }
}

/// A column of the follow-through table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum FollowColumn {
    /// In the order of the promises' dates.
    #[default]
    Promised,
    Who,
    Status,
    Reached,
    Days,
}

impl FollowColumn {
    pub const ALL: [FollowColumn; 5] = [
        FollowColumn::Promised,
        FollowColumn::Who,
        FollowColumn::Status,
        FollowColumn::Reached,
        FollowColumn::Days,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            FollowColumn::Promised => "promised",
            FollowColumn::Who => "who",
            FollowColumn::Status => "status",
            FollowColumn::Reached => "reached",
            FollowColumn::Days => "days",
        }
    }
}

/// The follow-through table's own state: its order, and the commitment opened.
#[derive(Clone, Debug, PartialEq, Eq, Default, Hash)]
pub struct FollowThroughState {
    pub sort: FollowColumn,
    pub descending: bool,
    pub selected: Option<CommitmentId>,
}

/// The Sources view's own state: the quote it points at.
#[derive(Clone, Debug, PartialEq, Eq, Default, Hash)]
pub struct SourcesState {
    pub selected: Option<QuoteId>,
}

/// The view on screen with its own state.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Timeline(TimelineState),
    Supporters(SupportersState),
    Matrix(MatrixState),
    FollowThrough(FollowThroughState),
    Sources(SourcesState),
    About,
}

impl Default for Page {
    fn default() -> Page {
        Page::Timeline(TimelineState::default())
    }
}

impl Page {
    /// A view in its default state.
    pub fn of(view: View) -> Page {
        match view {
            View::Timeline => Page::Timeline(TimelineState::default()),
            View::Supporters => Page::Supporters(SupportersState::default()),
            View::Matrix => Page::Matrix(MatrixState::default()),
            View::FollowThrough => Page::FollowThrough(FollowThroughState::default()),
            View::Sources => Page::Sources(SourcesState::default()),
            View::About => Page::About,
        }
    }

    pub fn view(&self) -> View {
        match self {
            Page::Timeline(_) => View::Timeline,
            Page::Supporters(_) => View::Supporters,
            Page::Matrix(_) => View::Matrix,
            Page::FollowThrough(_) => View::FollowThrough,
            Page::Sources(_) => View::Sources,
            Page::About => View::About,
        }
    }

    /// The timeline with an event selected.
    pub fn event(event: EventId) -> Page {
        Page::Timeline(TimelineState {
            selected: Some(event),
            ..TimelineState::default()
        })
    }

    /// The supporters list with a supporter selected.
    pub fn supporter(supporter: SupporterId) -> Page {
        Page::Supporters(SupportersState {
            selected: Some(supporter),
            ..SupportersState::default()
        })
    }

    /// The Sources view at a quote.
    pub fn quote(quote: QuoteId) -> Page {
        Page::Sources(SourcesState {
            selected: Some(quote),
        })
    }

    /// The view's search text; empty for views without a search.
    pub fn text(&self) -> &str {
        match self {
            Page::Timeline(state) => &state.text,
            Page::Supporters(state) => &state.text,
            _ => "",
        }
    }

    /// Reads the view's own parameters from the URL's query pairs.
    fn parse(view: View, pairs: &[(String, String)]) -> Page {
        let get = |key: &str| {
            pairs
                .iter()
                .rev()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str())
        };
        let text = || {
            get("q")
                .map(|q| q.trim().chars().take(MAX_QUERY_CHARS).collect())
                .unwrap_or_default()
        };
        let selected = get("sel").filter(|id| is_id(id));
        match view {
            View::Timeline => Page::Timeline(TimelineState {
                text: text(),
                selected: selected.and_then(EventId::parse),
                lanes: match get("lanes") {
                    Some("area") => Lanes::Area,
                    _ => Lanes::Scope,
                },
                window: get("from")
                    .and_then(parse_day)
                    .zip(get("to").and_then(parse_day))
                    .and_then(|(first, last)| DayRange::new(first, last)),
            }),
            View::Supporters => Page::Supporters(SupportersState {
                text: text(),
                selected: selected.and_then(SupporterId::parse),
                sort: get("sort")
                    .and_then(SupporterSort::parse)
                    .unwrap_or_default(),
                map: get("map") == Some("1"),
            }),
            View::Matrix => {
                let selected = selected.and_then(Cell::parse);
                let columns = match get("cols") {
                    Some("actors") => Columns::Actors,
                    _ => Columns::Initiatives,
                };
                MatrixState {
                    // A cell names its column kind.
                    columns: selected.map_or(columns, |cell| cell.column.kind()),
                    selected,
                    rows: get("sort").and_then(RowSort::parse).unwrap_or_default(),
                    order: get("order")
                        .and_then(ColumnOrder::parse)
                        .unwrap_or_default(),
                }
                .into()
            }
            View::FollowThrough => {
                let sort = get("sort").unwrap_or_default();
                let (descending, slug) = match sort.strip_prefix('-') {
                    Some(slug) => (true, slug),
                    None => (false, sort),
                };
                let column = FollowColumn::ALL.into_iter().find(|c| c.slug() == slug);
                Page::FollowThrough(FollowThroughState {
                    sort: column.unwrap_or_default(),
                    descending: descending && column.is_some(),
                    selected: selected.and_then(CommitmentId::parse),
                })
            }
            View::Sources => Page::Sources(SourcesState {
                selected: selected.and_then(QuoteId::parse),
            }),
            View::About => Page::About,
        }
    }

    /// The view's own parameters, defaults left out.
    fn params(&self) -> Vec<(&'static str, String)> {
        let mut params = Vec::new();
        let text = self.text();
        if !text.is_empty() {
            params.push(("q", text.to_string()));
        }
        match self {
            Page::Timeline(state) => {
                if state.lanes != Lanes::Scope {
                    params.push(("lanes", state.lanes.slug().to_string()));
                }
                if let Some(window) = state.window {
                    params.push(("from", civil_from_days(window.first).to_string()));
                    params.push(("to", civil_from_days(window.last).to_string()));
                }
                if let Some(event) = state.selected {
                    params.push(("sel", event.as_str().to_string()));
                }
            }
            Page::Supporters(state) => {
                if let Some(supporter) = state.selected {
                    params.push(("sel", supporter.as_str().to_string()));
                }
                if state.sort != SupporterSort::default() {
                    params.push(("sort", state.sort.slug()));
                }
                if state.map {
                    params.push(("map", "1".to_string()));
                }
            }
            Page::Matrix(state) => {
                if state.columns != Columns::Initiatives {
                    params.push(("cols", state.columns.slug().to_string()));
                }
                if let Some(cell) = state.selected {
                    params.push(("sel", cell.slug()));
                }
                if state.rows != RowSort::default() {
                    params.push(("sort", state.rows.slug()));
                }
                if state.order != ColumnOrder::default() {
                    params.push(("order", state.order.slug()));
                }
            }
            Page::FollowThrough(state) => {
                if state.sort != FollowColumn::default() || state.descending {
                    let sign = if state.descending { "-" } else { "" };
                    params.push(("sort", format!("{sign}{}", state.sort.slug())));
                }
                if let Some(commitment) = state.selected {
                    params.push(("sel", commitment.as_str().to_string()));
                }
            }
            Page::Sources(state) => {
                if let Some(quote) = state.selected {
                    params.push(("sel", quote.slug()));
                }
            }
            Page::About => {}
        }
        params
    }
}

impl From<MatrixState> for Page {
    fn from(state: MatrixState) -> Page {
        Page::Matrix(state)
    }
}

/// A view's own state type, found in and put back into a `Page`.
pub trait PageState: Clone + Default + PartialEq + Send + Sync + 'static {
    fn of(page: &Page) -> Option<&Self>;
    fn into_page(self) -> Page;
}

macro_rules! page_state {
    ($state:ident, $variant:ident) => {
        impl PageState for $state {
            fn of(page: &Page) -> Option<&$state> {
                match page {
                    Page::$variant(state) => Some(state),
                    _ => None,
                }
            }

            fn into_page(self) -> Page {
                Page::$variant(self)
            }
        }
    };
}

page_state!(TimelineState, Timeline);
page_state!(SupportersState, Supporters);
page_state!(MatrixState, Matrix);
page_state!(SourcesState, Sources);
page_state!(FollowThroughState, FollowThrough);

#[derive(Clone, Debug, PartialEq, Eq, Default, Hash)]
pub struct AppState {
    pub page: Page,
    /// None: follow the browser's language.
    pub lang: Option<Lang>,
    pub theme: Theme,
    pub filter: Filter,
    /// Embedded in another site: no site chrome.
    pub embed: bool,
    /// Only this figure of the view, with its title, source and a link to the view.
    pub figure: Option<Figure>,
}

impl AppState {
    /// Reads a location hash (with or without its leading `#`). Never fails.
    pub fn from_hash(hash: &str) -> AppState {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let hash = hash.strip_prefix('/').unwrap_or(hash);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let pairs: Vec<(String, String)> = query
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| {
                let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                (decode(key), decode(value))
            })
            .collect();
        let view = View::from_slug(&decode(path)).unwrap_or_default();
        let mut state = AppState {
            page: Page::parse(view, &pairs),
            ..AppState::default()
        };
        for (key, value) in &pairs {
            match key.as_str() {
                "lang" => state.lang = Lang::from_code(value),
                "theme" => state.theme = Theme::from_slug(value).unwrap_or_default(),
                "embed" => state.embed = value == "1" || value == "true",
                "figure" => state.figure = Figure::from_slug(value),
                key => {
                    if let Some(list) = FilterList::from_key(key) {
                        state.filter.set(list, split_ids(value));
                    }
                }
            }
        }
        state.figure = Figure::kept_on(state.figure, view);
        state
    }

    /// The hash that `from_hash` reads back to this state; defaults are left out.
    pub fn to_hash(&self) -> String {
        let mut params: Vec<(&str, String)> = Vec::new();
        if let Some(lang) = self.lang {
            params.push(("lang", lang.code().to_string()));
        }
        if self.theme != Theme::System {
            params.push(("theme", self.theme.slug().to_string()));
        }
        for list in FilterList::ALL {
            let ids = self.filter.get(list);
            if !ids.is_empty() {
                params.push((list.key(), ids.join(",")));
            }
        }
        params.extend(self.page.params());
        if self.embed {
            params.push(("embed", "1".to_string()));
        }
        if let Some(figure) = self.figure {
            params.push(("figure", figure.slug().to_string()));
        }
        let query: Vec<String> = params
            .iter()
            .map(|(key, value)| format!("{key}={}", encode(value)))
            .collect();
        let view = self.view().slug();
        if query.is_empty() {
            format!("#/{view}")
        } else {
            format!("#/{view}?{}", query.join("&"))
        }
    }

    pub fn view(&self) -> View {
        self.page.view()
    }

    /// The link to this state on the page at `page` (any hash it has is replaced).
    pub fn link_on(&self, page: &str) -> String {
        let page = page.split('#').next().unwrap_or_default();
        format!("{page}{}", self.to_hash())
    }

    /// The built page that shows this state's view in its language first (each view and
    /// language has one, rendered ahead of the code), e.g. `supporters.fr.html`. `default_lang`
    /// is the language when the state names none.
    pub fn page_file(&self, default_lang: Lang) -> String {
        page_file(self.view(), self.lang.unwrap_or(default_lang))
    }

    /// The link to this state on its own page, in the folder `folder` (e.g. `./` or an
    /// absolute address ending in `/`).
    pub fn link_in(&self, folder: &str, default_lang: Lang) -> String {
        format!("{folder}{}{}", self.page_file(default_lang), self.to_hash())
    }

    /// The view's own state, when the view is `T`'s.
    pub fn page_state<T: PageState>(&self) -> Option<&T> {
        T::of(&self.page)
    }

    /// This state with the view's own state changed by `change` (from the default when the
    /// page is another view's).
    pub fn changed<T: PageState>(&self, change: impl FnOnce(&mut T)) -> AppState {
        let mut page = self.page_state::<T>().cloned().unwrap_or_default();
        change(&mut page);
        self.on(page.into_page())
    }

    /// This state showing `page`, keeping language, theme, filter and embedding.
    pub fn on(&self, page: Page) -> AppState {
        AppState {
            figure: Figure::kept_on(self.figure, page.view()),
            page,
            ..self.clone()
        }
    }

    /// This state on another view, in that view's default state.
    pub fn with_view(&self, view: View) -> AppState {
        self.on(Page::of(view))
    }

    pub fn with_embed(&self, embed: bool) -> AppState {
        AppState {
            embed,
            ..self.clone()
        }
    }

    /// This state showing only `figure` (None: the whole view); a figure of another view is
    /// not kept.
    pub fn with_figure(&self, figure: Option<Figure>) -> AppState {
        AppState {
            figure: Figure::kept_on(figure, self.view()),
            ..self.clone()
        }
    }

    /// The same state as the whole view in the full app: no embedding, no single figure.
    pub fn in_full(&self) -> AppState {
        AppState {
            embed: false,
            figure: None,
            ..self.clone()
        }
    }

    pub fn with_lang(&self, lang: Lang) -> AppState {
        AppState {
            lang: Some(lang),
            ..self.clone()
        }
    }

    pub fn with_theme(&self, theme: Theme) -> AppState {
        AppState {
            theme,
            ..self.clone()
        }
    }

    pub fn with_filter(&self, filter: Filter) -> AppState {
        AppState {
            filter,
            ..self.clone()
        }
    }

    /// This state with the shared filter changed by `change`.
    pub fn filtered(&self, change: impl FnOnce(&mut Filter)) -> AppState {
        let mut state = self.clone();
        change(&mut state.filter);
        state
    }

    /// This state with the view's search text set, cut to what a URL may carry.
    pub fn with_text(&self, text: &str) -> AppState {
        let text: String = text.chars().take(MAX_QUERY_CHARS).collect();
        let mut state = self.clone();
        match &mut state.page {
            Page::Timeline(page) => page.text = text,
            Page::Supporters(page) => page.text = text,
            _ => {}
        }
        state
    }

    /// This state with nothing selected in the view.
    pub fn unselected(&self) -> AppState {
        let mut state = self.clone();
        match &mut state.page {
            Page::Timeline(page) => page.selected = None,
            Page::Supporters(page) => page.selected = None,
            Page::Matrix(page) => page.selected = None,
            Page::FollowThrough(page) => page.selected = None,
            Page::Sources(page) => page.selected = None,
            Page::About => {}
        }
        state
    }

    /// Whether the view has something selected.
    pub fn has_selection(&self) -> bool {
        *self != self.unselected()
    }
}

/// The file of the page that shows `view` in `lang` first.
pub fn page_file(view: View, lang: Lang) -> String {
    format!("{}.{}.html", view.slug(), lang.code())
}

/// The view and language of a page file's name (`supporters.fr.html`), if it is one.
pub fn parse_page_file(name: &str) -> Option<(View, Lang)> {
    let (view, lang) = name.strip_suffix(".html")?.split_once('.')?;
    Some((View::from_slug(view)?, Lang::from_code(lang)?))
}

/// The folder part of a page's address: everything up to its last `/` (hash and query left
/// out).
pub fn folder_of(address: &str) -> &str {
    let address = address.split(['#', '?']).next().unwrap_or_default();
    &address[..address.rfind('/').map_or(0, |slash| slash + 1)]
}

/// Ids are short and made of letters, digits, `-`, `_` and `.`; anything else is dropped.
fn is_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 120
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b == b'_')
}

fn split_ids(value: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for id in value.split(',').map(str::trim).filter(|id| is_id(id)) {
        if !ids.iter().any(|known| known == id) && ids.len() < MAX_LIST_ITEMS {
            ids.push(id.to_string());
        }
    }
    ids
}

/// Percent-encodes everything but RFC 3986's unreserved characters and `,`.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~,".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes percent-escapes and `+` as a space; bad escapes stay as they are and invalid
/// UTF-8 becomes U+FFFD, so any input decodes.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        let hex = |offset: usize| {
            bytes
                .get(index + offset)
                .and_then(|b| (*b as char).to_digit(16))
        };
        match (byte, hex(1), hex(2)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                index += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                index += 1;
            }
            _ => {
                out.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn id<T>(parsed: Option<T>) -> T {
        parsed.expect("an id of the dataset")
    }

    fn filter() -> Filter {
        let mut filter = Filter::default();
        filter.set(FilterList::Areas, vec!["space".into(), "climate".into()]);
        filter.set(FilterList::Actors, vec!["kamala-harris".into()]);
        filter.set(FilterList::Initiatives, vec!["paris-call".into()]);
        filter.set(
            FilterList::Sources,
            vec!["news-fr-paris-call-2021-11".into()],
        );
        filter.set(FilterList::Countries, vec!["USA".into()]);
        filter.set(FilterList::Categories, vec!["state".into()]);
        filter.set(FilterList::Years, vec!["2021".into(), "unknown".into()]);
        filter
    }

    /// Every view with every part of its own state set away from its default.
    fn samples() -> Vec<AppState> {
        let base = AppState {
            lang: Some(Lang::Fr),
            theme: Theme::Dark,
            filter: filter(),
            embed: true,
            ..AppState::default()
        };
        let space = id(AreaId::parse("space"));
        let paris_call = ColumnId::Initiative(id(InitiativeId::parse("paris-call")));
        let harris = ColumnId::Actor(id(ActorId::parse("kamala-harris")));
        [
            Page::Timeline(TimelineState {
                text: "états unis & co, 100%".into(),
                selected: Some(id(EventId::parse("elysee-meeting"))),
                lanes: Lanes::Area,
                window: DayRange::new(days_from_civil(2021, 11, 8), days_from_civil(2021, 11, 14)),
            }),
            Page::Supporters(SupportersState {
                text: "maroc".into(),
                selected: Some(id(SupporterId::parse("united_states-state-USA"))),
                sort: SupporterSort {
                    column: SupporterColumn::Joined,
                    descending: true,
                },
                map: true,
            }),
            Page::Matrix(MatrixState {
                columns: Columns::Initiatives,
                selected: Some(Cell {
                    area: space,
                    column: paris_call,
                }),
                rows: RowSort::Column(paris_call),
                order: ColumnOrder::Row(space),
            }),
            Page::Matrix(MatrixState {
                columns: Columns::Actors,
                selected: Some(Cell {
                    area: space,
                    column: harris,
                }),
                rows: RowSort::Name,
                order: ColumnOrder::Total,
            }),
            Page::Sources(SourcesState {
                selected: Some(id(QuoteId::parse("q.event.us-joins-paris-call.0"))),
            }),
            Page::About,
        ]
        .into_iter()
        .map(|page| base.on(page))
        .collect()
    }

    #[test]
    fn empty_or_missing_hash_gives_defaults() {
        for hash in ["", "#", "#/", "/", "#/?"] {
            assert_eq!(AppState::from_hash(hash), AppState::default(), "{hash:?}");
        }
    }

    #[test]
    fn reads_each_part() {
        let state = AppState::from_hash(
            "#/matrix?lang=fr&theme=light&area=space,climate&sel=cell.space.paris-call&sort=name&embed=1",
        );
        assert_eq!(state.view(), View::Matrix);
        assert_eq!(state.lang, Some(Lang::Fr));
        assert_eq!(state.theme, Theme::Light);
        assert_eq!(state.filter.get(FilterList::Areas), ["space", "climate"]);
        let Page::Matrix(matrix) = &state.page else {
            panic!("the matrix")
        };
        assert_eq!(matrix.selected.map(|c| c.area.as_str()), Some("space"));
        assert_eq!(matrix.rows, RowSort::Name);
        assert!(state.embed);
    }

    #[test]
    fn every_views_selection_and_sort_round_trip_through_the_hash() {
        for state in samples() {
            let hash = state.to_hash();
            assert_eq!(AppState::from_hash(&hash), state, "{hash}");
        }
        for view in View::ALL {
            let state = AppState::default().with_view(view);
            assert_eq!(AppState::from_hash(&state.to_hash()), state);
        }
    }

    #[test]
    fn a_figure_round_trips_with_its_view_and_is_dropped_on_another() {
        for figure in Figure::ALL {
            let state = samples()
                .into_iter()
                .find(|s| s.view() == figure.view())
                .expect("a sample of the figure's view")
                .with_figure(Some(figure));
            assert_eq!(state.figure, Some(figure));
            let hash = state.to_hash();
            assert!(
                hash.contains(&format!("figure={}", figure.slug())),
                "{hash}"
            );
            assert_eq!(AppState::from_hash(&hash), state, "{hash}");
            // The full view keeps everything but the embedding and the figure.
            let full = state.in_full();
            assert_eq!((full.embed, full.figure), (false, None));
            assert_eq!(full.page, state.page);
            assert_eq!(full.filter, state.filter);
            // Another view has no such figure.
            let elsewhere = View::ALL
                .into_iter()
                .find(|&v| v != figure.view())
                .expect("another view");
            assert_eq!(state.with_view(elsewhere).figure, None);
            let hash = format!("#/{}?figure={}", elsewhere.slug(), figure.slug());
            assert_eq!(AppState::from_hash(&hash).figure, None, "{hash}");
        }
        assert_eq!(AppState::from_hash("#/timeline?figure=pie").figure, None);
        let offered: Vec<Figure> = View::ALL.into_iter().flat_map(Figure::of).collect();
        assert_eq!(
            offered,
            Figure::ALL,
            "each figure offered once, in its view"
        );
    }

    #[test]
    fn a_selection_a_view_cannot_show_is_no_selection() {
        // A commitment id is not a matrix cell; an unknown event is not an event.
        for hash in [
            "#/matrix?sel=space-dialogue-us",
            "#/matrix?sel=cell.space.nowhere",
            "#/timeline?sel=no-such-event",
            "#/supporters?sel=elysee-meeting",
            "#/sources?sel=q.event.elysee-meeting.99",
        ] {
            assert!(
                !AppState::from_hash(hash).has_selection(),
                "{hash} selects nothing"
            );
        }
    }

    #[test]
    fn an_actor_cell_opens_the_actor_columns() {
        let state = AppState::from_hash("#/matrix?sel=cell.space.kamala-harris");
        let Page::Matrix(matrix) = state.page else {
            panic!("the matrix")
        };
        assert_eq!(matrix.columns, Columns::Actors);
    }

    #[test]
    fn each_view_keeps_its_own_search_text() {
        let supporters = AppState::from_hash("#/supporters?q=Morocco");
        assert_eq!(supporters.page.text(), "Morocco");
        assert_eq!(supporters.with_view(View::Timeline).page.text(), "");
        assert_eq!(supporters.with_view(View::Timeline).to_hash(), "#/timeline");
    }

    #[test]
    fn links_replace_the_page_hash() {
        let state = AppState::default().with_view(View::Matrix);
        assert_eq!(
            state.link_on("https://e.org/app/index.html#/timeline?lang=fr"),
            "https://e.org/app/index.html#/matrix"
        );
        assert_eq!(
            state.link_on("https://e.org/app/"),
            "https://e.org/app/#/matrix"
        );
    }

    #[test]
    fn each_view_and_language_has_its_page() {
        for view in View::ALL {
            for lang in Lang::ALL {
                assert_eq!(parse_page_file(&page_file(view, lang)), Some((view, lang)));
            }
        }
        for name in [
            "index.html",
            "supporters.html",
            "supporters.de.html",
            "x.fr.html",
            "about.fr",
        ] {
            assert_eq!(parse_page_file(name), None, "{name}");
        }
        let state = AppState::from_hash("#/matrix?lang=fr&cols=actors");
        assert_eq!(state.page_file(Lang::En), "matrix.fr.html");
        assert_eq!(
            state.link_in("https://e.org/app/", Lang::En),
            "https://e.org/app/matrix.fr.html#/matrix?lang=fr&cols=actors"
        );
        assert_eq!(AppState::default().page_file(Lang::Fr), "timeline.fr.html");
        assert_eq!(
            folder_of("https://e.org/app/index.html#/a/b"),
            "https://e.org/app/"
        );
        assert_eq!(folder_of("https://e.org/app/?x=/y"), "https://e.org/app/");
    }

    #[test]
    fn canonical_hashes_are_stable() {
        let hash = "#/timeline?lang=en&area=space&q=Paris%20Call&sel=elysee-meeting";
        assert_eq!(AppState::from_hash(hash).to_hash(), hash);
        assert_eq!(AppState::default().to_hash(), "#/timeline");
    }

    #[test]
    fn garbage_falls_back_to_defaults_per_field() {
        let state = AppState::from_hash("#/nowhere?lang=de&theme=purple&embed=maybe&area=<script>,ok-id&sel=a b&%zz=1&&=&q=%E2%28%A1&lanes=up&from=2021-13-01&to=x");
        assert_eq!(state.view(), View::Timeline);
        assert_eq!(state.lang, None);
        assert_eq!(state.theme, Theme::System);
        assert!(!state.embed);
        assert_eq!(
            state.filter.get(FilterList::Areas),
            ["ok-id"],
            "ids with markup are dropped"
        );
        let Page::Timeline(timeline) = &state.page else {
            panic!("the timeline")
        };
        assert_eq!(timeline.selected, None);
        assert_eq!(timeline.lanes, Lanes::Scope);
        assert_eq!(timeline.window, None);
        assert_eq!(
            timeline.text, "\u{fffd}(\u{fffd}",
            "invalid UTF-8 is replaced, not fatal"
        );
    }

    #[test]
    fn a_time_window_must_run_forwards_within_two_centuries() {
        let window = |hash: &str| match AppState::from_hash(hash).page {
            Page::Timeline(state) => state.window,
            _ => None,
        };
        assert!(window("#/timeline?from=2021-11-08&to=2021-11-14").is_some());
        assert_eq!(window("#/timeline?from=2021-11-14&to=2021-11-08"), None);
        assert_eq!(window("#/timeline?from=2021-11&to=2021-12-01"), None);
        assert_eq!(window("#/timeline?from=1492-10-12&to=2021-12-01"), None);
    }

    #[test]
    fn limits_what_a_url_can_carry() {
        let long = "x".repeat(10_000);
        let many: Vec<String> = (0..500).map(|i| format!("id-{i}")).collect();
        let state = AppState::from_hash(&format!("#/timeline?q={long}&area={}", many.join(",")));
        assert_eq!(state.page.text().chars().count(), MAX_QUERY_CHARS);
        assert_eq!(state.filter.get(FilterList::Areas).len(), MAX_LIST_ITEMS);
        let dupes = AppState::from_hash("#/timeline?area=space,space,climate");
        assert_eq!(dupes.filter.get(FilterList::Areas), ["space", "climate"]);
    }

    #[test]
    fn filter_lists_toggle_and_hold_one_id_with_only() {
        let mut filter = Filter::only(FilterList::Countries, "MAR");
        assert!(filter.contains(FilterList::Countries, "MAR"));
        filter.toggle(FilterList::Countries, "FRA");
        assert_eq!(filter.get(FilterList::Countries), ["MAR", "FRA"]);
        filter.toggle(FilterList::Countries, "MAR");
        assert_eq!(filter.get(FilterList::Countries), ["FRA"]);
        assert!(filter.get(FilterList::Areas).is_empty());
        filter.toggle(FilterList::Countries, "FRA");
        assert!(filter.is_empty());
    }

    #[test]
    fn encoding_round_trips_any_text() {
        for text in ["", "a b", "100%", "é/è?&=#", "日本", "+plus+", "%41"] {
            assert_eq!(decode(&encode(text)), text);
        }
        assert_eq!(decode("%4"), "%4");
        assert_eq!(decode("%G1"), "%G1");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5_000))]

        /// Whatever was understood of any hash survives a round trip exactly.
        #[test]
        fn any_hash_is_read_without_panic_and_round_trips(
            input in r"[#/?&=,%+._~a-zA-Z0-9 éàç<>\x00\x7f😀-]{0,80}|#/(timeline|supporters|matrix|sources|about)\?((lang|theme|q|area|sel|sort|order|cols|lanes|from|to|embed)=[a-z0-9.,%-]{0,20}&?){0,6}"
        ) {
            let state = AppState::from_hash(&input);
            prop_assert_eq!(AppState::from_hash(&state.to_hash()), state);
        }

        #[test]
        fn any_text_round_trips_through_encoding(text in "\\PC{0,40}") {
            prop_assert_eq!(decode(&encode(&text)), text);
        }
    }
}
