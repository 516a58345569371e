//! The items a shop sells.

/// One item of the catalog.
pub struct Item {
    /// What it is called.
    pub name: &'static str,
    /// How many are in stock.
    pub in_stock: u32,
}

/// Every item of the catalog.
pub fn items() -> Vec<Item> {
    vec![
        Item {
            name: "kettle",
            in_stock: 4,
        },
        Item {
            name: "teapot",
            in_stock: 0,
        },
        Item {
            name: "mug",
            in_stock: 12,
        },
    ]
}
