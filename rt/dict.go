package rt

import (
	"iter"
	"strings"
)

// Dict is a Python dict: a hash map that remembers insertion order. A
// Dict[any, V] treats keys by Python equality (1, 1.0 and True are the same
// key; tuples compare by value). The zero value is not usable: build dicts
// with NewDict or DictOf.
type Dict[K comparable, V any] struct {
	index   map[K]int // key (canonical when dyn) -> position in entries
	entries []dictEntry[K, V]
	live    int
	dyn     bool
}

type dictEntry[K comparable, V any] struct {
	key     K
	val     V
	deleted bool
}

// NewDict returns an empty dict: {} or dict().
func NewDict[K comparable, V any]() *Dict[K, V] {
	var zero K
	_, dyn := any(&zero).(*any)
	return &Dict[K, V]{index: map[K]int{}, dyn: dyn}
}

// DictOf returns a dict holding the pairs in order: {k1: v1, k2: v2}.
func DictOf[K comparable, V any](pairs ...Tuple2[K, V]) *Dict[K, V] {
	d := NewDict[K, V]()
	for _, p := range pairs {
		d.Set(p.V0, p.V1)
	}
	return d
}

func (d *Dict[K, V]) mapKey(k K) K {
	if d.dyn {
		return canonKey(any(k)).(K)
	}
	return k
}

// Len returns len(d).
func (d *Dict[K, V]) Len() int { return d.live }

// Lookup returns d[k] and whether k is present.
func (d *Dict[K, V]) Lookup(k K) (V, bool) {
	if i, ok := d.index[d.mapKey(k)]; ok {
		return d.entries[i].val, true
	}
	var zero V
	return zero, false
}

// Get returns d[k], or KeyError(k) when k is absent.
func (d *Dict[K, V]) Get(k K) (V, error) {
	v, ok := d.Lookup(k)
	if !ok {
		return v, KeyError.New(k)
	}
	return v, nil
}

// GetOr returns d.get(k, def).
func (d *Dict[K, V]) GetOr(k K, def V) V {
	if v, ok := d.Lookup(k); ok {
		return v
	}
	return def
}

// Contains reports k in d.
func (d *Dict[K, V]) Contains(k K) bool {
	_, ok := d.index[d.mapKey(k)]
	return ok
}

// Set stores d[k] = v; a new key goes last, an existing key keeps its place
// (and its original key object, as in CPython).
func (d *Dict[K, V]) Set(k K, v V) {
	mk := d.mapKey(k)
	if i, ok := d.index[mk]; ok {
		d.entries[i].val = v
		return
	}
	d.index[mk] = len(d.entries)
	d.entries = append(d.entries, dictEntry[K, V]{key: k, val: v})
	d.live++
}

// Delete removes k: del d[k], KeyError(k) when absent.
func (d *Dict[K, V]) Delete(k K) error {
	_, err := d.Pop(k)
	return err
}

// Pop removes k and returns its value: d.pop(k), KeyError(k) when absent.
func (d *Dict[K, V]) Pop(k K) (V, error) {
	mk := d.mapKey(k)
	i, ok := d.index[mk]
	if !ok {
		var zero V
		return zero, KeyError.New(k)
	}
	v := d.entries[i].val
	d.removeAt(mk, i)
	return v, nil
}

// PopOr returns d.pop(k, def).
func (d *Dict[K, V]) PopOr(k K, def V) V {
	if v, err := d.Pop(k); err == nil {
		return v
	}
	return def
}

// PopItem removes and returns the last pair: d.popitem(), KeyError
// "popitem(): dictionary is empty" when d is empty.
func (d *Dict[K, V]) PopItem() (Tuple2[K, V], error) {
	for i := len(d.entries) - 1; i >= 0; i-- {
		if e := d.entries[i]; !e.deleted {
			delete(d.index, d.mapKey(e.key))
			clear(d.entries[i:])
			d.entries = d.entries[:i]
			d.live--
			return Tuple2[K, V]{e.key, e.val}, nil
		}
	}
	return Tuple2[K, V]{}, KeyError.New("popitem(): dictionary is empty")
}

func (d *Dict[K, V]) removeAt(mk K, i int) {
	delete(d.index, mk)
	var zero dictEntry[K, V]
	d.entries[i] = zero
	d.entries[i].deleted = true
	d.live--
	if len(d.entries) > 16 && d.live < len(d.entries)/2 {
		d.compact()
	}
}

func (d *Dict[K, V]) compact() {
	kept := d.entries[:0]
	for _, e := range d.entries {
		if !e.deleted {
			d.index[d.mapKey(e.key)] = len(kept)
			kept = append(kept, e)
		}
	}
	clear(d.entries[len(kept):])
	d.entries = kept
}

// SetDefault returns d.setdefault(k, def).
func (d *Dict[K, V]) SetDefault(k K, def V) V {
	if v, ok := d.Lookup(k); ok {
		return v
	}
	d.Set(k, def)
	return def
}

// Update copies o's pairs into d in o's order: d.update(o), d |= o.
func (d *Dict[K, V]) Update(o *Dict[K, V]) {
	for k, v := range o.All() {
		d.Set(k, v)
	}
}

// Merge returns d | o.
func (d *Dict[K, V]) Merge(o *Dict[K, V]) *Dict[K, V] {
	r := d.Copy()
	r.Update(o)
	return r
}

// Clear empties d: d.clear().
func (d *Dict[K, V]) Clear() {
	d.index = map[K]int{}
	d.entries = nil
	d.live = 0
}

// Copy returns a shallow copy: d.copy() or dict(d).
func (d *Dict[K, V]) Copy() *Dict[K, V] {
	c := NewDict[K, V]()
	c.Update(d)
	return c
}

// All iterates over the pairs in insertion order: for k, v in d.items().
// Where CPython raises RuntimeError "dictionary changed size during
// iteration", All stops early; callers that must raise compare Len before
// and after (see ErrChangedSize). Keys, Values and Items return snapshots.
func (d *Dict[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		n := d.live
		for i := 0; i < len(d.entries) && d.live == n; i++ {
			if e := d.entries[i]; !e.deleted && !yield(e.key, e.val) {
				return
			}
		}
	}
}

// ErrChangedSize returns CPython's RuntimeError for a dict ("dictionary")
// or set ("Set") whose size changed while a loop iterated over it.
func ErrChangedSize(what string) error {
	return RuntimeError.New(what + " changed size during iteration")
}

// Keys returns the keys in order: list(d).
func (d *Dict[K, V]) Keys() []K {
	out := make([]K, 0, d.live)
	for k := range d.All() {
		out = append(out, k)
	}
	return out
}

// Values returns the values in order: list(d.values()).
func (d *Dict[K, V]) Values() []V {
	out := make([]V, 0, d.live)
	for _, v := range d.All() {
		out = append(out, v)
	}
	return out
}

// Items returns the pairs in order: list(d.items()).
func (d *Dict[K, V]) Items() []Tuple2[K, V] {
	out := make([]Tuple2[K, V], 0, d.live)
	for k, v := range d.All() {
		out = append(out, Tuple2[K, V]{k, v})
	}
	return out
}

// Equal reports d == o: same keys, equal values, order ignored.
func (d *Dict[K, V]) Equal(o *Dict[K, V]) bool {
	if d.live != o.live {
		return false
	}
	for k, v := range d.All() {
		ov, ok := o.Lookup(k)
		if !ok || !Equal(v, ov) {
			return false
		}
	}
	return true
}

// PyRepr returns repr(d): {'a': 1, 'b': 2}.
func (d *Dict[K, V]) PyRepr() string {
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for k, v := range d.All() {
		if !first {
			b.WriteString(", ")
		}
		first = false
		b.WriteString(Repr(k))
		b.WriteString(": ")
		b.WriteString(Repr(v))
	}
	b.WriteByte('}')
	return b.String()
}

// PyTypeName returns "dict".
func (d *Dict[K, V]) PyTypeName() string { return "dict" }

// dictLike lets dynamic code handle any instantiation of Dict.
type dictLike interface {
	dictLen() int
	dictItemsAny() []Tuple2[any, any]
	dictLookupAny(k any) (any, bool)
}

func (d *Dict[K, V]) dictLen() int { return d.live }

func (d *Dict[K, V]) dictItemsAny() []Tuple2[any, any] {
	out := make([]Tuple2[any, any], 0, d.live)
	for k, v := range d.All() {
		out = append(out, Tuple2[any, any]{k, v})
	}
	return out
}

func (d *Dict[K, V]) dictLookupAny(k any) (any, bool) {
	if d.dyn {
		return d.Lookup(k.(K))
	}
	if kk, ok := k.(K); ok {
		return d.Lookup(kk)
	}
	if kk, ok := canonKey(k).(K); ok {
		return d.Lookup(kk)
	}
	if kk, ok := asFloatKey[K](k); ok {
		return d.Lookup(kk)
	}
	return nil, false
}

// asFloatKey converts a number to K when K is float64 (1 finds 1.0).
func asFloatKey[K any](k any) (K, bool) {
	var zero K
	if _, isFloat := any(zero).(float64); !isFloat || kindOf(k) == notNum {
		return zero, false
	}
	f, err := toFloat(k)
	if err != nil {
		return zero, false
	}
	return any(f).(K), true
}
