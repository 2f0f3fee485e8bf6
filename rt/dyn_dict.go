package rt

// The dict methods called on a dynamic value: AttributeError when it is
// not a dict.

func asDict(v any, method string) (dictLike, error) {
	if d, ok := v.(dictLike); ok {
		return d, nil
	}
	return nil, AttributeError.New("'" + TypeName(v) + "' object has no attribute '" + method + "'")
}

// DynGet returns v.get(key, def).
func DynGet(v, key, def any) (any, error) {
	d, err := asDict(v, "get")
	if err != nil {
		return nil, err
	}
	if item, ok := d.dictLookupAny(key); ok {
		return item, nil
	}
	return def, nil
}

// DynItems returns v.items().
func DynItems(v any) ([]Tuple2[any, any], error) {
	d, err := asDict(v, "items")
	if err != nil {
		return nil, err
	}
	return d.dictItemsAny(), nil
}

// DynKeys returns v.keys().
func DynKeys(v any) ([]any, error) {
	d, err := asDict(v, "keys")
	if err != nil {
		return nil, err
	}
	var out []any
	for _, kv := range d.dictItemsAny() {
		out = append(out, kv.V0)
	}
	return out, nil
}

// DynValues returns v.values().
func DynValues(v any) ([]any, error) {
	d, err := asDict(v, "values")
	if err != nil {
		return nil, err
	}
	var out []any
	for _, kv := range d.dictItemsAny() {
		out = append(out, kv.V1)
	}
	return out, nil
}

// Iter returns the items "for x in v" visits for a dynamic value: the
// items of a list, tuple or set, the keys of a dict, the characters of a
// str; TypeError for other values.
func Iter(v any) ([]any, error) {
	switch x := v.(type) {
	case string:
		var out []any
		for _, r := range x {
			out = append(out, string(r))
		}
		return out, nil
	case tupler:
		return x.TupleItems(), nil
	case setLike:
		return x.setItemsAny(), nil
	case dictLike:
		var out []any
		for _, kv := range x.dictItemsAny() {
			out = append(out, kv.V0)
		}
		return out, nil
	}
	if xs, ok := listItems(v); ok {
		return xs, nil
	}
	return nil, TypeError.New("'" + TypeName(v) + "' object is not iterable")
}
