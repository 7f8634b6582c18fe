// Every property name with its value types, for nodes and for relationships: export formats declare them.
CALL db.schema.nodeTypeProperties() YIELD propertyName, propertyTypes
WITH collect({name: propertyName, types: propertyTypes, kind: 'node'}) AS nodeProps
CALL db.schema.relTypeProperties() YIELD propertyName, propertyTypes
WITH nodeProps, collect({name: propertyName, types: propertyTypes, kind: 'edge'}) AS edgeProps
UNWIND nodeProps + edgeProps AS prop
WITH prop
WHERE prop.name IS NOT NULL
RETURN prop.kind AS kind, prop.name AS name, prop.types AS types
