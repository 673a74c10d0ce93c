package article

import "sort"

// An OffsetMap maps offsets of a normalized text back to offsets of the
// text it was made from. It is sparse: one Anchor per edit, and between
// anchors both texts advance together, so a 50 MB article with few edits
// costs a few bytes, not four per byte.
type OffsetMap []Anchor

// An Anchor says that normalized offset Norm corresponds to raw offset Raw.
type Anchor struct {
	Norm, Raw int
}

// Raw returns the raw offset for normalized offset off. Offsets inside a
// replaced stretch map to its start plus the distance travelled, clamped so
// that they never pass the next anchor.
func (m OffsetMap) Raw(off int) int {
	i := sort.Search(len(m), func(i int) bool { return m[i].Norm > off }) - 1
	if i < 0 {
		return off
	}
	raw := m[i].Raw + (off - m[i].Norm)
	if i+1 < len(m) && raw > m[i+1].Raw {
		raw = m[i+1].Raw
	}
	return raw
}

// Add records that normalized offset norm corresponds to raw offset raw.
// Anchors must be added in increasing order of norm; an anchor that the
// previous one already implies is not stored.
func (m *OffsetMap) Add(norm, raw int) {
	if n := len(*m); n > 0 {
		last := (*m)[n-1]
		if last.Norm == norm {
			(*m)[n-1].Raw = raw
			return
		}
		if raw-last.Raw == norm-last.Norm {
			return
		}
	} else if norm == raw {
		return
	}
	*m = append(*m, Anchor{norm, raw})
}
