package article

// EntityKind is the kind of a named entity.
type EntityKind int

const (
	Person EntityKind = iota
	Organization
	Place
	OtherEntity
)

var entityKindNames = [...]string{Person: "person", Organization: "organization", Place: "place", OtherEntity: "other"}

func (k EntityKind) String() string {
	if int(k) < len(entityKindNames) {
		return entityKindNames[k]
	}
	return "unknown"
}

// An Entity is a person, organisation or place, with every spelling under
// which the articles mention it.
type Entity struct {
	ID   string // stable: derived from Name
	Name string // the canonical spelling: the most frequent full form
	Kind EntityKind
	// Aliases are the other spellings, sorted: variants ("Sergey"),
	// machine-translation garbles, short forms ("Lavrov").
	Aliases []string
	// Roles are titles seen with the entity ("Secretary of State").
	Roles []string
	// Mentions are the places the entity is named, sorted.
	Mentions []Span
}
